/**
 * Demo content for the Tétouan hub, in Arabic and French. Names are believable, not real
 * organisations; the seed turns them into records relative to the day it runs.
 */
export type Bi = { ar: string; fr: string };
export type Category =
  | 'music' | 'theatre' | 'cinema' | 'reading' | 'heritage-visit' | 'arts-and-crafts' | 'festival'
  | 'football' | 'athletics' | 'swimming' | 'basketball' | 'para-sport' | 'chess' | 'walking';

export interface AssociationSeed {
  slug: string;
  name: Bi;
  category: 'culture' | 'sport' | 'arts-troupe' | 'disability' | 'women' | 'youth' | 'childhood' | 'heritage' | 'neighbourhood';
  serves: string[];
  founded: number;
}

export const associations: AssociationSeed[] = [
  { slug: 'amal-kouilma-sport', name: { ar: 'جمعية أمل كويلمة للرياضة', fr: 'Association Amal Kouilma pour le sport' }, category: 'sport', serves: ['kouilma'], founded: 2009 },
  { slug: 'club-football-samsa', name: { ar: 'نادي سمسة لكرة القدم', fr: 'Club de football de Samsa' }, category: 'sport', serves: ['samsa'], founded: 1998 },
  { slug: 'annour-handicap', name: { ar: 'جمعية النور للأشخاص في وضعية إعاقة', fr: 'Association Annour des personnes en situation de handicap' }, category: 'disability', serves: ['mhannech', 'kouilma'], founded: 2004 },
  { slug: 'troupe-colombe-blanche', name: { ar: 'فرقة الحمامة البيضاء للمسرح', fr: 'Troupe de théâtre La Colombe blanche' }, category: 'arts-troupe', serves: ['medina', 'touabel'], founded: 2011 },
  { slug: 'femmes-jbel-dersa', name: { ar: 'جمعية نساء جبل درسة', fr: 'Association des femmes de Jbel Dersa' }, category: 'women', serves: ['jbel-dersa'], founded: 2013 },
  { slug: 'jeunes-touabel', name: { ar: 'جمعية شباب الطوابل', fr: 'Association des jeunes de Touabel' }, category: 'youth', serves: ['touabel'], founded: 2015 },
  { slug: 'amis-bibliotheque', name: { ar: 'جمعية أصدقاء المكتبة', fr: 'Association des amis de la bibliothèque' }, category: 'culture', serves: ['sidi-talha', 'ensanche'], founded: 2007 },
  { slug: 'club-echecs-tetouanais', name: { ar: 'نادي الشطرنج التطواني', fr: "Club d'échecs tétouanais" }, category: 'sport', serves: ['ensanche', 'boujarrah'], founded: 1994 },
  { slug: 'musique-andalouse', name: { ar: 'جمعية هواة الموسيقى الأندلسية', fr: 'Association des amateurs de musique andalouse' }, category: 'culture', serves: ['medina'], founded: 1987 },
  { slug: 'para-sport-tetouan', name: { ar: 'جمعية تطوان للرياضة المكيفة', fr: 'Association tétouanaise de sport adapté' }, category: 'disability', serves: ['sania-ramel', 'kouilma'], founded: 2010 },
  { slug: 'enfance-heureuse', name: { ar: 'جمعية الطفولة السعيدة', fr: 'Association Enfance heureuse' }, category: 'childhood', serves: ['samsa', 'malaliyine'], founded: 2012 },
  { slug: 'marche-et-patrimoine', name: { ar: 'جمعية المشي والتراث', fr: 'Association Marche et patrimoine' }, category: 'heritage', serves: ['medina', 'diza'], founded: 2016 },
  { slug: 'boujarrah-developpement', name: { ar: 'جمعية بوجراح للتنمية', fr: 'Association Boujarrah pour le développement' }, category: 'neighbourhood', serves: ['boujarrah'], founded: 2006 },
  { slug: 'athletisme-diza', name: { ar: 'نادي ديزة لألعاب القوى', fr: "Club d'athlétisme de Diza" }, category: 'sport', serves: ['diza'], founded: 2001 },
  { slug: 'cinema-des-quartiers', name: { ar: 'جمعية سينما الأحياء', fr: 'Association Cinéma des quartiers' }, category: 'culture', serves: ['mhannech', 'samsa', 'jbel-dersa'], founded: 2014 },
  { slug: 'artisanes-medina', name: { ar: 'جمعية صانعات المدينة العتيقة', fr: 'Association des artisanes de la Médina' }, category: 'women', serves: ['medina'], founded: 2008 },
  { slug: 'natation-sania-ramel', name: { ar: 'نادي سانية الرمل للسباحة', fr: 'Club de natation de Sania Ramel' }, category: 'sport', serves: ['sania-ramel'], founded: 1999 },
  { slug: 'culture-malaliyine', name: { ar: 'جمعية الملاليين للثقافة', fr: 'Association culturelle de Malaliyine' }, category: 'culture', serves: ['malaliyine'], founded: 2017 },
  { slug: 'sourds-tetouan', name: { ar: 'جمعية الصم بتطوان', fr: 'Association des sourds de Tétouan' }, category: 'disability', serves: ['ensanche', 'sidi-talha'], founded: 2003 },
  { slug: 'aveugles-malvoyants', name: { ar: 'جمعية المكفوفين وضعاف البصر', fr: 'Association des aveugles et malvoyants' }, category: 'disability', serves: ['medina', 'ensanche'], founded: 1996 },
  { slug: 'basket-mhannech', name: { ar: 'نادي امهناش لكرة السلة', fr: "Club de basket de M'hannech" }, category: 'sport', serves: ['mhannech'], founded: 2005 },
  { slug: 'arts-populaires-sidi-talha', name: { ar: 'فرقة سيدي طلحة للفنون الشعبية', fr: "Troupe d'arts populaires de Sidi Talha" }, category: 'arts-troupe', serves: ['sidi-talha'], founded: 2002 },
  { slug: 'jeunes-femmes-kouilma', name: { ar: 'جمعية شابات كويلمة', fr: 'Association des jeunes femmes de Kouilma' }, category: 'women', serves: ['kouilma'], founded: 2018 },
  { slug: 'lire-avec-les-enfants', name: { ar: 'جمعية نقرأ مع الأطفال', fr: 'Association Lire avec les enfants' }, category: 'childhood', serves: ['touabel', 'boujarrah'], founded: 2015 },
  { slug: 'club-sportif-jbel-dersa', name: { ar: 'النادي الرياضي لجبل درسة', fr: 'Club sportif de Jbel Dersa' }, category: 'sport', serves: ['jbel-dersa'], founded: 1992 },
  { slug: 'conte-populaire', name: { ar: 'جمعية الحكاية الشعبية', fr: 'Association du conte populaire' }, category: 'culture', serves: ['diza', 'medina'], founded: 2010 },
  { slug: 'femmes-et-sport', name: { ar: 'جمعية المرأة والرياضة', fr: 'Association Femmes et sport' }, category: 'women', serves: ['samsa', 'sidi-talha'], founded: 2013 },
  { slug: 'collectif-jeunes-quartiers', name: { ar: 'تنسيقية شباب الأحياء', fr: 'Collectif des jeunes des quartiers' }, category: 'youth', serves: ['malaliyine', 'mhannech'], founded: 2019 },
  { slug: 'patrimoine-tetouanais', name: { ar: 'جمعية التراث التطواني', fr: 'Association du patrimoine tétouanais' }, category: 'heritage', serves: ['medina'], founded: 1990 },
  { slug: 'theatre-scolaire', name: { ar: 'جمعية المسرح المدرسي', fr: 'Association du théâtre scolaire' }, category: 'childhood', serves: ['ensanche', 'sania-ramel'], founded: 2009 },
  { slug: 'football-feminin-touabel', name: { ar: 'نادي الطوابل لكرة القدم النسوية', fr: 'Club de football féminin de Touabel' }, category: 'sport', serves: ['touabel'], founded: 2020 },
  { slug: 'arts-plastiques', name: { ar: 'جمعية الفنون التشكيلية', fr: 'Association des arts plastiques' }, category: 'culture', serves: ['ensanche', 'diza'], founded: 2000 },
];

export interface VenueKind {
  key: string;
  name: (n: Bi) => Bi;
  sport: boolean;
  culture: boolean;
}

export const venueKinds: VenueKind[] = [
  { key: 'maison-des-jeunes', name: (n) => ({ ar: `دار الشباب ${n.ar}`, fr: `Maison des jeunes de ${n.fr}` }), sport: false, culture: true },
  { key: 'terrain-de-proximite', name: (n) => ({ ar: `ملعب القرب ${n.ar}`, fr: `Terrain de proximité de ${n.fr}` }), sport: true, culture: false },
  { key: 'complexe-socioculturel', name: (n) => ({ ar: `المركب السوسيوثقافي ${n.ar}`, fr: `Complexe socioculturel de ${n.fr}` }), sport: true, culture: true },
];

/** Central venues of the city, beside the neighbourhood ones. */
export const centralVenues = [
  { slug: 'place-feddan', neighbourhood: 'medina', name: { ar: 'ساحة الفدان', fr: 'Place Hassan II (Feddan)' }, offset: [-0.0013, -0.0044], sport: false, culture: true },
  { slug: 'dar-ath-thaqafa', neighbourhood: 'ensanche', name: { ar: 'دار الثقافة', fr: 'Maison de la culture' }, offset: [0.0008, 0.0012], sport: false, culture: true },
  { slug: 'piscine-municipale', neighbourhood: 'sania-ramel', name: { ar: 'المسبح البلدي', fr: 'Piscine municipale' }, offset: [-0.0010, 0.0015], sport: true, culture: false },
  { slug: 'complexe-sportif-sania-ramel', neighbourhood: 'sania-ramel', name: { ar: 'المركب الرياضي سانية الرمل', fr: 'Complexe sportif de Sania Ramel' }, offset: [0.0012, -0.0010], sport: true, culture: false },
];

export interface EventTemplate {
  key: string;
  category: Category;
  title: Bi;
  summary: Bi;
  description: Bi;
  audience: Partial<Record<'everyone' | 'womenOnly' | 'children' | 'youth' | 'families' | 'seniors' | 'peopleWithDisabilities', boolean>> & { ageMin?: number; ageMax?: number };
  hours: number[];
  durationMinutes: number;
  swimming?: boolean;
}

export const eventTemplates: EventTemplate[] = [
  { key: 'andalusian-evening', category: 'music', title: { ar: 'أمسية موسيقى أندلسية', fr: 'Soirée de musique andalouse' }, summary: { ar: 'أمسية مفتوحة مع جوق من شباب المدينة يقدم طربا أندلسيا تطوانيا.', fr: "Une soirée ouverte avec un orchestre de jeunes de la ville qui joue la musique andalouse de Tétouan." }, description: { ar: 'يقدم الجوق نوبات من التراث الأندلسي ويشرح الآلات للجمهور. الدخول مفتوح للعائلات.', fr: "L'orchestre joue des noubas du répertoire andalou et présente ses instruments au public. Entrée ouverte aux familles." }, audience: { everyone: true, families: true }, hours: [18, 19], durationMinutes: 120 },
  { key: 'percussion-workshop', category: 'music', title: { ar: 'ورشة الإيقاع للشباب', fr: 'Atelier de percussions pour les jeunes' }, summary: { ar: 'تعلم الإيقاعات الشعبية على الدربوكة والبندير مع فنانين من الحي.', fr: 'Apprendre les rythmes populaires à la darbouka et au bendir avec des musiciens du quartier.' }, description: { ar: 'لا حاجة لأي خبرة سابقة. الآلات متوفرة في عين المكان.', fr: 'Aucune expérience nécessaire. Les instruments sont prêtés sur place.' }, audience: { youth: true, ageMin: 13, ageMax: 25 }, hours: [16, 17], durationMinutes: 90 },
  { key: 'children-theatre', category: 'theatre', title: { ar: 'عرض مسرحي للأطفال', fr: 'Spectacle de théâtre pour enfants' }, summary: { ar: 'حكاية مسرحية مرحة عن الصداقة والتعاون، مناسبة للأطفال من خمس سنوات.', fr: "Une pièce joyeuse sur l'amitié et l'entraide, pour les enfants dès cinq ans." }, description: { ar: 'يدوم العرض خمسين دقيقة ويتبعه لقاء مع الممثلين.', fr: "Le spectacle dure cinquante minutes et se termine par une rencontre avec les comédiens." }, audience: { children: true, families: true, ageMin: 5, ageMax: 12 }, hours: [15, 16], durationMinutes: 60 },
  { key: 'street-theatre', category: 'theatre', title: { ar: 'مسرح الشارع في الحي', fr: 'Théâtre de rue dans le quartier' }, summary: { ar: 'عرض في الهواء الطلق يحكي قصص سكان الحي بالدارجة والعربية.', fr: "Un spectacle en plein air qui raconte les histoires des habitants, en darija et en arabe." }, description: { ar: 'العرض مجاني ومفتوح للجميع. توجد كراس للجمهور.', fr: 'Le spectacle est ouvert à tous. Des chaises sont prévues pour le public.' }, audience: { everyone: true }, hours: [17, 18], durationMinutes: 75 },
  { key: 'open-air-cinema', category: 'cinema', title: { ar: 'سينما في الهواء الطلق', fr: 'Cinéma en plein air' }, summary: { ar: 'عرض فيلم مغربي على شاشة كبيرة، مع ترجمة مكتوبة.', fr: 'Projection d’un film marocain sur grand écran, avec sous-titres.' }, description: { ar: 'يتبع العرض نقاش مفتوح مع المنظمين.', fr: 'La projection est suivie d’une discussion ouverte avec les organisateurs.' }, audience: { everyone: true, families: true }, hours: [19, 20], durationMinutes: 120 },
  { key: 'signed-screening', category: 'cinema', title: { ar: 'عرض فيلم بلغة الإشارة', fr: 'Projection en langue des signes' }, summary: { ar: 'فيلم مع ترجمة مكتوبة وترجمة فورية إلى لغة الإشارة المغربية.', fr: 'Un film sous-titré avec interprétation en langue des signes marocaine.' }, description: { ar: 'ينظم العرض بشراكة مع جمعيات الصم ويتبعه نقاش مترجم.', fr: 'Organisée avec des associations de personnes sourdes, la projection est suivie d’un débat interprété.' }, audience: { everyone: true, peopleWithDisabilities: true }, hours: [17, 18], durationMinutes: 130 },
  { key: 'story-hour', category: 'reading', title: { ar: 'ساعة الحكاية للأطفال', fr: "L'heure du conte pour les enfants" }, summary: { ar: 'حكايات شعبية تقرأ بصوت عال للأطفال وآبائهم.', fr: 'Des contes populaires lus à voix haute pour les enfants et leurs parents.' }, description: { ar: 'تتوفر كتب بطريقة برايل وبخط كبير.', fr: 'Des livres en braille et en gros caractères sont disponibles.' }, audience: { children: true, families: true, ageMin: 4, ageMax: 10 }, hours: [10, 15], durationMinutes: 60 },
  { key: 'women-reading-club', category: 'reading', title: { ar: 'نادي القراءة للنساء', fr: 'Club de lecture pour les femmes' }, summary: { ar: 'لقاء شهري لقراءة ومناقشة كتاب في جو ودي.', fr: 'Une rencontre mensuelle pour lire et discuter un livre dans un cadre convivial.' }, description: { ar: 'يخصص فضاء لرعاية الأطفال خلال اللقاء.', fr: 'Un espace de garde des enfants est prévu pendant la rencontre.' }, audience: { womenOnly: true }, hours: [10, 16], durationMinutes: 90 },
  { key: 'adapted-medina-visit', category: 'heritage-visit', title: { ar: 'زيارة مكيفة للمدينة العتيقة', fr: 'Visite adaptée de la Médina' }, summary: { ar: 'جولة بمسار دون أدراج مع وصف صوتي وخريطة لمسية.', fr: 'Un parcours sans marches avec audiodescription et plan tactile.' }, description: { ar: 'المسار مسطح قدر الإمكان مع فترات للراحة. الانطلاق من باب الرواح.', fr: 'Le parcours est aussi plat que possible, avec des pauses. Départ de Bab Rouah.' }, audience: { everyone: true, peopleWithDisabilities: true, seniors: true }, hours: [10, 11], durationMinutes: 120 },
  { key: 'gates-discovery', category: 'heritage-visit', title: { ar: 'اكتشاف أبواب المدينة', fr: 'À la découverte des portes de la Médina' }, summary: { ar: 'جولة للشباب لاكتشاف تاريخ الأبواب السبعة لتطوان.', fr: 'Une balade pour les jeunes sur l’histoire des sept portes de Tétouan.' }, description: { ar: 'ينصح بحذاء مريح. يقدم المرشد شرحا بالعربية والفرنسية.', fr: 'Chaussures confortables conseillées. Le guide parle arabe et français.' }, audience: { youth: true, ageMin: 12, ageMax: 30 }, hours: [10, 15], durationMinutes: 120 },
  { key: 'crafts-women', category: 'arts-and-crafts', title: { ar: 'ورشة الصناعة التقليدية للنساء', fr: "Atelier d'artisanat pour les femmes" }, summary: { ar: 'تعلم الطرز التطواني مع صانعات من المدينة العتيقة.', fr: 'Apprendre la broderie tétouanaise avec des artisanes de la Médina.' }, description: { ar: 'المواد متوفرة مجانا. الورشة في قاعة بالطابق الأرضي.', fr: 'Le matériel est fourni. L’atelier a lieu dans une salle de plain-pied.' }, audience: { womenOnly: true }, hours: [10, 15], durationMinutes: 120 },
  { key: 'drawing-children', category: 'arts-and-crafts', title: { ar: 'ورشة الرسم للأطفال', fr: 'Atelier de dessin pour enfants' }, summary: { ar: 'رسم وتلوين حول موضوع الحي الذي نحبه.', fr: 'Dessin et peinture sur le thème « le quartier que nous aimons ».' }, description: { ar: 'تعرض الرسومات في نهاية الشهر بدار الشباب.', fr: 'Les dessins sont exposés à la fin du mois à la maison des jeunes.' }, audience: { children: true, ageMin: 6, ageMax: 12 }, hours: [10, 15], durationMinutes: 90 },
  { key: 'neighbourhood-festival', category: 'festival', title: { ar: 'مهرجان الحي', fr: 'Fête de quartier' }, summary: { ar: 'يوم من الموسيقى والألعاب والعروض لكل العائلة.', fr: 'Une journée de musique, de jeux et de spectacles pour toute la famille.' }, description: { ar: 'تشارك جمعيات الحي بأروقة وأنشطة للأطفال.', fr: 'Les associations du quartier tiennent des stands et proposent des activités pour les enfants.' }, audience: { everyone: true, families: true }, hours: [11, 15], durationMinutes: 240 },
  { key: 'football-tournament', category: 'football', title: { ar: 'دوري كرة القدم للأحياء', fr: 'Tournoi de football des quartiers' }, summary: { ar: 'دوري مصغر بين فرق شباب الأحياء.', fr: 'Un tournoi à sept entre les équipes de jeunes des quartiers.' }, description: { ar: 'التسجيل عبر الجمعيات. الجمهور مرحب به.', fr: 'Inscription des équipes par les associations. Le public est bienvenu.' }, audience: { youth: true, ageMin: 14, ageMax: 22 }, hours: [10, 16], durationMinutes: 180 },
  { key: 'girls-football', category: 'football', title: { ar: 'حصة كرة القدم للفتيات', fr: 'Séance de football pour les filles' }, summary: { ar: 'تدريب مفتوح للفتيات مع مدربة مؤهلة.', fr: 'Un entraînement ouvert aux filles avec une entraîneuse diplômée.' }, description: { ar: 'الملابس الرياضية كافية، والكرات متوفرة.', fr: 'Une tenue de sport suffit ; les ballons sont fournis.' }, audience: { womenOnly: true, youth: true, ageMin: 10, ageMax: 18 }, hours: [16, 17], durationMinutes: 90 },
  { key: 'neighbourhood-run', category: 'athletics', title: { ar: 'سباق الحي', fr: 'Course du quartier' }, summary: { ar: 'سباق على مسافة خمسة كيلومترات ومسار قصير للأطفال.', fr: 'Une course de cinq kilomètres et un parcours court pour les enfants.' }, description: { ar: 'مسار خاص للكراسي المتحركة. الماء متوفر على طول المسار.', fr: 'Une catégorie fauteuil roulant est prévue. De l’eau est distribuée sur le parcours.' }, audience: { everyone: true, families: true }, hours: [9, 10], durationMinutes: 150 },
  { key: 'athletics-intro', category: 'athletics', title: { ar: 'تعلم ألعاب القوى للشباب', fr: "Initiation à l'athlétisme pour les jeunes" }, summary: { ar: 'جري وقفز ورمي مع مدربي النادي.', fr: 'Course, saut et lancer avec les entraîneurs du club.' }, description: { ar: 'حصة للمبتدئين. يرجى إحضار قنينة ماء.', fr: 'Séance pour débutants. Apportez une gourde.' }, audience: { youth: true, ageMin: 10, ageMax: 18 }, hours: [16, 17], durationMinutes: 90 },
  { key: 'learn-to-swim', category: 'swimming', title: { ar: 'تعلم السباحة للأطفال', fr: 'Apprendre à nager pour les enfants' }, summary: { ar: 'حصص سباحة للمبتدئين مع مدربين مؤهلين.', fr: 'Des séances pour débutants avec des maîtres-nageurs diplômés.' }, description: { ar: 'المسبح مجهز بمصعد للدخول إلى الماء.', fr: 'La piscine dispose d’un élévateur pour entrer dans l’eau.' }, audience: { children: true, ageMin: 6, ageMax: 12 }, hours: [10, 15], durationMinutes: 60, swimming: true },
  { key: 'women-swimming', category: 'swimming', title: { ar: 'سباحة للنساء', fr: 'Natation pour les femmes' }, summary: { ar: 'حصص مخصصة للنساء مع مدربة.', fr: 'Des créneaux réservés aux femmes, avec une entraîneuse.' }, description: { ar: 'المسبح مخصص للنساء خلال هذه الحصة.', fr: 'La piscine est réservée aux femmes pendant ce créneau.' }, audience: { womenOnly: true }, hours: [10, 18], durationMinutes: 60, swimming: true },
  { key: 'wheelchair-basketball', category: 'basketball', title: { ar: 'مباراة كرة السلة على الكراسي المتحركة', fr: 'Match de basket en fauteuil roulant' }, summary: { ar: 'مباراة استعراضية ثم حصة تجريب مفتوحة للجميع.', fr: 'Un match de démonstration puis une séance d’essai ouverte à tous.' }, description: { ar: 'الكراسي الرياضية متوفرة للتجريب.', fr: 'Des fauteuils de sport sont prêtés pour essayer.' }, audience: { everyone: true, peopleWithDisabilities: true }, hours: [16, 17], durationMinutes: 120 },
  { key: 'youth-basketball', category: 'basketball', title: { ar: 'دوري كرة السلة للشباب', fr: 'Tournoi de basket des jeunes' }, summary: { ar: 'مباريات ثلاثة ضد ثلاثة في ملعب الحي.', fr: 'Des matchs à trois contre trois sur le terrain du quartier.' }, description: { ar: 'فرق مختلطة مرحب بها.', fr: 'Les équipes mixtes sont les bienvenues.' }, audience: { youth: true, ageMin: 12, ageMax: 20 }, hours: [16, 17], durationMinutes: 150 },
  { key: 'adapted-sport-day', category: 'para-sport', title: { ar: 'يوم الرياضة المكيفة', fr: 'Journée du sport adapté' }, summary: { ar: 'أنشطة رياضية مكيفة للأشخاص في وضعية إعاقة وعائلاتهم.', fr: 'Des activités sportives adaptées pour les personnes handicapées et leurs familles.' }, description: { ar: 'بوتشيا وكرة الهدف وجري بمرافقين. المكان بدون أدراج.', fr: 'Boccia, goalball et course accompagnée. Le lieu est de plain-pied.' }, audience: { everyone: true, peopleWithDisabilities: true, families: true }, hours: [10, 15], durationMinutes: 180 },
  { key: 'boccia', category: 'para-sport', title: { ar: 'بوتشيا للجميع', fr: 'Boccia pour tous' }, summary: { ar: 'لعبة دقة يلعبها الجميع معا، جالسين أو واقفين.', fr: 'Un jeu de précision que tout le monde pratique ensemble, assis ou debout.' }, description: { ar: 'مؤطرون مدربون على استقبال جميع الإعاقات.', fr: 'Des animateurs formés à l’accueil de tous les handicaps.' }, audience: { everyone: true, peopleWithDisabilities: true, seniors: true }, hours: [10, 16], durationMinutes: 90 },
  { key: 'chess-tournament', category: 'chess', title: { ar: 'مسابقة الشطرنج', fr: "Tournoi d'échecs" }, summary: { ar: 'مسابقة سريعة مفتوحة لكل الأعمار، مع رقع برايل.', fr: 'Un tournoi rapide ouvert à tous les âges, avec des échiquiers adaptés en braille.' }, description: { ar: 'التسجيل في عين المكان قبل نصف ساعة.', fr: 'Inscription sur place une demi-heure avant.' }, audience: { everyone: true }, hours: [10, 15], durationMinutes: 180 },
  { key: 'chess-intro', category: 'chess', title: { ar: 'تعلم الشطرنج', fr: 'Initiation aux échecs' }, summary: { ar: 'تعلم قواعد الشطرنج في ساعة مع لاعبي النادي.', fr: 'Apprendre les règles des échecs en une heure avec les joueurs du club.' }, description: { ar: 'مناسب للأطفال من ثماني سنوات والكبار.', fr: 'Pour les enfants dès huit ans et les adultes.' }, audience: { children: true, youth: true, ageMin: 8 }, hours: [15, 16], durationMinutes: 60 },
  { key: 'health-walk', category: 'walking', title: { ar: 'مشي صحي في الحي', fr: 'Marche santé dans le quartier' }, summary: { ar: 'مشي هادئ لمدة ساعة مع مؤطر رياضي.', fr: 'Une marche tranquille d’une heure avec un animateur sportif.' }, description: { ar: 'المسار قصير مع فترات للراحة.', fr: 'Le parcours est court, avec des pauses.' }, audience: { everyone: true, seniors: true }, hours: [9, 17], durationMinutes: 60 },
  { key: 'women-walk', category: 'walking', title: { ar: 'مشي جماعي للنساء', fr: 'Marche collective pour les femmes' }, summary: { ar: 'مشي جماعي آمن في الحي مع جمعيات النساء.', fr: 'Une marche collective en sécurité dans le quartier avec les associations de femmes.' }, description: { ar: 'نقطة اللقاء أمام دار الشباب.', fr: 'Rendez-vous devant la maison des jeunes.' }, audience: { womenOnly: true }, hours: [9, 17], durationMinutes: 75 },
];

export const programme = {
  slug: 'programme-itinerant',
  name: { ar: 'البرنامج المتجول للثقافة والرياضة', fr: 'Programme itinérant culture et sport' },
  summary: {
    ar: 'أنشطة ثقافية ورياضية تتنقل بين أحياء تطوان، بشراكة مع الجمعيات، ضمن الالتزام الرابع لخطة عمل تطوان جماعة منفتحة.',
    fr: "Des activités culturelles et sportives qui se déplacent de quartier en quartier, avec les associations partenaires, au titre du quatrième engagement du plan d'action Tétouan commune ouverte.",
  },
};
