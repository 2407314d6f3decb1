/**
 * What the hub writes to associations, in each of its languages. Plain sentences, one idea per
 * paragraph, the link on a line of its own: these are read on phones, often aloud by a screen
 * reader. A new locale adds its column here (and in the site's messages).
 */
export type MailLocale = 'ar' | 'fr';

export interface Mail {
  subject: string;
  /** Paragraphs; a paragraph that is a URL is shown as a link. */
  paragraphs: string[];
}

type Values = Record<string, string>;

const SIGNATURE: Record<MailLocale, string> = {
  ar: 'جماعة تطوان — بوابة الإدماج والأنشطة',
  fr: 'Commune de Tétouan — portail de l’inclusion et des activités',
};

const TEMPLATES: Record<string, Record<MailLocale, (v: Values) => Mail>> = {
  confirm: {
    ar: (v) => ({
      subject: 'أكِّدوا عنوان بريدكم الإلكتروني',
      paragraphs: [
        `مرحبًا، أنشأتم حسابًا لجمعية «${v.association}» على بوابة جماعة تطوان.`,
        'لتفعيل الحساب، افتحوا هذا الرابط خلال 48 ساعة:',
        v.link,
        'إذا لم تقوموا بهذا الطلب، تجاهلوا هذه الرسالة ولن يُفعَّل أي حساب.',
      ],
    }),
    fr: (v) => ({
      subject: 'Confirmez votre adresse e-mail',
      paragraphs: [
        `Bonjour, vous avez créé un compte pour l’association « ${v.association} » sur le portail de la commune de Tétouan.`,
        'Pour activer ce compte, ouvrez ce lien dans les 48 heures :',
        v.link,
        'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : aucun compte ne sera activé.',
      ],
    }),
  },
  'already-registered': {
    ar: (v) => ({
      subject: 'لديكم حساب بالفعل',
      paragraphs: [
        'طُلب إنشاء حساب جديد بعنوان بريدكم الإلكتروني، لكن لديكم حساب بالفعل على بوابة جماعة تطوان.',
        'يمكنكم تسجيل الدخول من هنا، أو طلب كلمة مرور جديدة إذا نسيتموها:',
        v.link,
        'إذا لم تقوموا بهذا الطلب، لا داعي لأي إجراء.',
      ],
    }),
    fr: (v) => ({
      subject: 'Vous avez déjà un compte',
      paragraphs: [
        'Quelqu’un a demandé un nouveau compte avec votre adresse, mais vous avez déjà un compte sur le portail de la commune de Tétouan.',
        'Vous pouvez vous connecter ici, ou demander un nouveau mot de passe si vous l’avez oublié :',
        v.link,
        'Si vous n’êtes pas à l’origine de cette demande, vous n’avez rien à faire.',
      ],
    }),
  },
  reset: {
    ar: (v) => ({
      subject: 'اختيار كلمة مرور جديدة',
      paragraphs: [
        'طُلبت كلمة مرور جديدة لحسابكم على بوابة جماعة تطوان.',
        'لاختيارها، افتحوا هذا الرابط خلال ساعة واحدة:',
        v.link,
        'بعد تغيير كلمة المرور، يُغلق كل اتصال مفتوح بحسابكم على أي جهاز.',
        'إذا لم تطلبوا ذلك، تجاهلوا هذه الرسالة: تبقى كلمة مروركم كما هي.',
      ],
    }),
    fr: (v) => ({
      subject: 'Choisir un nouveau mot de passe',
      paragraphs: [
        'Un nouveau mot de passe a été demandé pour votre compte sur le portail de la commune de Tétouan.',
        'Pour le choisir, ouvrez ce lien dans l’heure :',
        v.link,
        'Une fois le mot de passe changé, toutes les connexions ouvertes à votre compte, sur tout appareil, sont fermées.',
        'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.',
      ],
    }),
  },
  verified: {
    ar: (v) => ({
      subject: 'تم التحقق من جمعيتكم',
      paragraphs: [
        `تحققت الجماعة من جمعية «${v.association}». يمكنكم الآن إيداع طلباتكم في طلبات إبداء الاهتمام المفتوحة، وستظهر جمعيتكم في دليل الجمعيات.`,
        v.link,
      ],
    }),
    fr: (v) => ({
      subject: 'Votre association est vérifiée',
      paragraphs: [
        `La commune a vérifié l’association « ${v.association} ». Vous pouvez maintenant déposer vos candidatures aux appels ouverts, et votre association apparaît dans l’annuaire.`,
        v.link,
      ],
    }),
  },
  receipt: {
    ar: (v) => ({
      subject: `وصل إيداع ${v.receipt}`,
      paragraphs: [
        `توصلنا بطلب جمعية «${v.association}» في إطار طلب إبداء الاهتمام «${v.call}» (${v.reference}).`,
        `رقم الوصل: ${v.receipt}`,
        `تاريخ الإيداع: ${v.submittedAt}`,
        'ستدرس لجنة الجماعة الطلبات بعد تاريخ الإغلاق، وسنراسلكم بالقرار. يمكنكم تتبع حالة طلبكم في حسابكم:',
        v.link,
      ],
    }),
    fr: (v) => ({
      subject: `Accusé de réception ${v.receipt}`,
      paragraphs: [
        `Nous avons bien reçu la candidature de l’association « ${v.association} » à l’appel à manifestation d’intérêt « ${v.call} » (${v.reference}).`,
        `Numéro de reçu : ${v.receipt}`,
        `Déposée le : ${v.submittedAt}`,
        'La commission de la commune étudiera les candidatures après la clôture et vous écrira pour vous communiquer sa décision. Vous pouvez suivre votre candidature dans votre compte :',
        v.link,
      ],
    }),
  },
  'staff-new-application': {
    ar: (v) => ({
      subject: `طلب جديد ${v.receipt}: ${v.association}`,
      paragraphs: [
        `أودعت جمعية «${v.association}» طلبًا في إطار طلب إبداء الاهتمام «${v.call}» (${v.reference}) بتاريخ ${v.submittedAt}.`,
        `رقم الوصل: ${v.receipt}`,
        'لدراسته في فضاء الإدارة:',
        v.link,
      ],
    }),
    fr: (v) => ({
      subject: `Nouvelle candidature ${v.receipt} : ${v.association}`,
      paragraphs: [
        `L’association « ${v.association} » a déposé une candidature à l’appel à manifestation d’intérêt « ${v.call} » (${v.reference}) le ${v.submittedAt}.`,
        `Numéro de reçu : ${v.receipt}`,
        'Pour l’examiner dans l’espace d’administration :',
        v.link,
      ],
    }),
  },
  accepted: {
    ar: (v) => ({
      subject: `قُبل طلبكم ${v.receipt}`,
      paragraphs: [
        `يسعدنا إخباركم بأن طلب جمعية «${v.association}» في إطار «${v.call}» قد قُبل.`,
        `ملاحظات اللجنة: ${v.reason}`,
        'ستتصل بكم مصالح الجماعة لإعداد اتفاقية الشراكة. تجدون التفاصيل في حسابكم:',
        v.link,
      ],
    }),
    fr: (v) => ({
      subject: `Votre candidature ${v.receipt} est retenue`,
      paragraphs: [
        `Nous avons le plaisir de vous annoncer que la candidature de l’association « ${v.association} » à « ${v.call} » est retenue.`,
        `L’avis de la commission : ${v.reason}`,
        'Les services de la commune vous contacteront pour préparer la convention de partenariat. Les détails sont dans votre compte :',
        v.link,
      ],
    }),
  },
  rejected: {
    ar: (v) => ({
      subject: `قرار بشأن طلبكم ${v.receipt}`,
      paragraphs: [
        `نشكركم على طلب جمعية «${v.association}» في إطار «${v.call}». لم يُقبل الطلب هذه المرة.`,
        `سبب القرار: ${v.reason}`,
        'نشجعكم على المشاركة في الطلبات القادمة. لأي سؤال، يمكنكم الاتصال بمكتب الجمعيات بالجماعة. تجدون القرار في حسابكم:',
        v.link,
      ],
    }),
    fr: (v) => ({
      subject: `Décision sur votre candidature ${v.receipt}`,
      paragraphs: [
        `Merci pour la candidature de l’association « ${v.association} » à « ${v.call} ». Elle n’est pas retenue cette fois-ci.`,
        `Motif de la décision : ${v.reason}`,
        'Nous vous encourageons à répondre aux prochains appels. Pour toute question, le bureau des associations de la commune vous répond. La décision est dans votre compte :',
        v.link,
      ],
    }),
  },
  'needs-information': {
    ar: (v) => ({
      subject: `معلومات إضافية مطلوبة لطلبكم ${v.receipt}`,
      paragraphs: [
        `تحتاج لجنة الجماعة إلى معلومات إضافية بشأن طلب جمعية «${v.association}» في إطار «${v.call}».`,
        `المطلوب: ${v.reason}`,
        'يمكنكم تعديل طلبكم من حسابكم ثم إيداعه من جديد:',
        v.link,
      ],
    }),
    fr: (v) => ({
      subject: `Informations demandées sur votre candidature ${v.receipt}`,
      paragraphs: [
        `La commission de la commune a besoin d’informations complémentaires sur la candidature de l’association « ${v.association} » à « ${v.call} ».`,
        `Ce qui est demandé : ${v.reason}`,
        'Vous pouvez compléter votre candidature depuis votre compte, puis la déposer à nouveau :',
        v.link,
      ],
    }),
  },
};

export type MailKind =
  | 'confirm'
  | 'already-registered'
  | 'reset'
  | 'verified'
  | 'receipt'
  | 'staff-new-application'
  | 'accepted'
  | 'rejected'
  | 'needs-information';

export function composeMail(kind: MailKind, locale: string, values: Values): Mail & { locale: MailLocale } {
  const lang: MailLocale = locale === 'fr' ? 'fr' : 'ar';
  const mail = TEMPLATES[kind][lang](values);
  return { ...mail, paragraphs: [...mail.paragraphs, SIGNATURE[lang]], locale: lang };
}
