import city from './tetouan-demo.json';
import { associations, centralVenues, eventTemplates, venueKinds, type Bi, type EventTemplate } from './catalogue';
import { seededRandom } from './random';
import { localToUtc, localToday } from './time';

/**
 * The demo city as plain records, computed from the catalogue and the day of seeding:
 * pure, so it can be tested without a database.
 */
export interface NeighbourhoodPlan { slug: string; name: Bi; peripheral: boolean; centroid: { lat: number; lng: number } }
export interface VenuePlan { slug: string; name: Bi; address: Bi; neighbourhood: string; point: { lat: number; lng: number }; sport: boolean; culture: boolean; swimming: boolean; access: Record<string, unknown> }
export interface EventPlan {
  slug: string; template: EventTemplate; title: Bi; venue: string; neighbourhood: string; organisers: string[];
  startsAt: Date; endsAt: Date; eventStatus: 'scheduled' | 'cancelled' | 'postponed';
  isFree: boolean; priceMad: number | null; accessibility: Record<string, boolean>;
  registration: Record<string, unknown>;
}

export const OFFERS = [
  'wheelchair', 'stepFreeRoute', 'accessibleToilets', 'signLanguage', 'captions', 'hearingLoop',
  'audioDescription', 'brailleProgramme', 'largePrint', 'easyRead', 'quietSpace', 'assistanceOnRequest',
] as const;

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function planNeighbourhoods(): NeighbourhoodPlan[] {
  return city.neighbourhoods.map((n) => ({
    slug: n.slug, name: n.name, peripheral: n.peripheral,
    centroid: { lat: n.centroid[0], lng: n.centroid[1] },
  }));
}

export function planVenues(): VenuePlan[] {
  const rnd = seededRandom(7);
  const venues: VenuePlan[] = [];
  for (const n of city.neighbourhoods.filter((x) => x.peripheral)) {
    venueKinds.forEach((kind, i) => {
      if (kind.key === 'complexe-socioculturel' && !rnd.chance(0.5)) return;
      const stepFree = rnd.chance(0.7);
      venues.push({
        slug: `${kind.key}-${n.slug}`,
        name: kind.name(n.name),
        address: { ar: `حي ${n.name.ar}، تطوان`, fr: `Quartier ${n.name.fr}, Tétouan` },
        neighbourhood: n.slug,
        point: { lat: round(n.centroid[0] + (i - 1) * 0.0011), lng: round(n.centroid[1] + (rnd.next() - 0.5) * 0.002) },
        sport: kind.sport, culture: kind.culture, swimming: false,
        access: { entranceStepFree: stepFree, hasRamp: stepFree && rnd.chance(0.6), accessibleToilets: stepFree && rnd.chance(0.6), pathwaySurface: rnd.pick(['paved', 'smooth', 'mixed']), staffHelp: true },
      });
    });
  }
  for (const v of centralVenues) {
    const n = city.neighbourhoods.find((x) => x.slug === v.neighbourhood)!;
    venues.push({
      slug: v.slug, name: v.name,
      address: { ar: `${n.name.ar}، تطوان`, fr: `${n.name.fr}, Tétouan` },
      neighbourhood: n.slug,
      point: { lat: round(n.centroid[0] + v.offset[0]), lng: round(n.centroid[1] + v.offset[1]) },
      sport: v.sport, culture: v.culture, swimming: v.slug === 'piscine-municipale',
      access: { entranceStepFree: true, hasRamp: true, accessibleToilets: true, pathwaySurface: n.slug === 'medina' ? 'cobblestone' : 'smooth', staffHelp: true, hearingLoop: v.slug === 'dar-ath-thaqafa' },
    });
  }
  return venues;
}

const SPORT = new Set(['football', 'athletics', 'swimming', 'basketball', 'para-sport', 'chess', 'walking']);
export const domainOf = (category: string) => (SPORT.has(category) ? 'sport' : 'culture');

/**
 * Events over the next 90 days, most of them in peripheral neighbourhoods. The first one is
 * always a free, wheelchair-accessible sport event in Kouilma later today: the walkthrough in
 * the README (and its end-to-end test) looks for exactly that.
 */
export function planEvents(now: Date, count = 90): EventPlan[] {
  const rnd = seededRandom(2026);
  const venues = planVenues();
  const neighbourhoods = city.neighbourhoods;
  const peripheral = neighbourhoods.filter((n) => n.peripheral).map((n) => n.slug);
  const today = localToday(now);
  const events: EventPlan[] = [];
  const slugs = new Set<string>();

  const organisersFor = (nbh: string, category: string) => {
    const local = associations.filter((a) => a.serves.includes(nbh));
    const fitting = associations.filter((a) =>
      domainOf(category) === 'sport' ? ['sport', 'disability', 'women', 'youth'].includes(a.category) : a.category !== 'sport');
    const first = rnd.pick(local.length ? local : fitting);
    const second = rnd.chance(0.3) ? rnd.pick(fitting) : undefined;
    return [...new Set([first.slug, ...(second ? [second.slug] : [])])];
  };

  for (let i = 0; i < count; i++) {
    const guaranteed = i === 0;
    const template = guaranteed
      ? eventTemplates.find((t) => t.key === 'adapted-sport-day')!
      : rnd.pick(eventTemplates);
    const sport = domainOf(template.category) === 'sport';
    let nbh = guaranteed ? 'kouilma' : rnd.chance(0.8) ? rnd.pick(peripheral) : rnd.pick(['medina', 'ensanche', 'sania-ramel']);
    if (template.category === 'heritage-visit') nbh = 'medina';
    let candidates = venues.filter((v) => v.neighbourhood === nbh && (template.swimming ? v.swimming : sport ? v.sport : v.culture));
    if (template.swimming || candidates.length === 0) {
      candidates = venues.filter((v) => (template.swimming ? v.swimming : sport ? v.sport : v.culture));
    }
    const venue = guaranteed ? candidates.find((v) => v.slug.startsWith('terrain'))! : rnd.pick(candidates);

    let startsAt: Date;
    if (guaranteed) {
      startsAt = new Date(Math.ceil((now.getTime() + 30 * 60000) / 900000) * 900000);
    } else {
      const dayOffset = Math.floor(i * (89 / count)) + rnd.int(0, 1);
      const d = new Date(Date.UTC(today.year, today.month - 1, today.day + dayOffset));
      startsAt = localToUtc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), rnd.pick(template.hours), rnd.pick([0, 0, 30]));
    }
    const endsAt = new Date(startsAt.getTime() + template.durationMinutes * 60000);

    const venueStepFree = venue.access.entranceStepFree === true;
    const accessibility: Record<string, boolean> = Object.fromEntries(OFFERS.map((o) => [o, false]));
    accessibility.wheelchair = guaranteed || (venueStepFree && rnd.chance(0.75));
    accessibility.stepFreeRoute = accessibility.wheelchair;
    accessibility.accessibleToilets = accessibility.wheelchair && venue.access.accessibleToilets === true;
    accessibility.signLanguage = template.key === 'signed-screening' || rnd.chance(0.2);
    accessibility.captions = template.category === 'cinema';
    accessibility.hearingLoop = venue.access.hearingLoop === true;
    accessibility.audioDescription = template.key === 'adapted-medina-visit' || (template.category === 'theatre' && rnd.chance(0.3));
    accessibility.brailleProgramme = template.category === 'reading' || rnd.chance(0.1);
    accessibility.largePrint = accessibility.brailleProgramme || rnd.chance(0.15);
    accessibility.easyRead = rnd.chance(0.25);
    accessibility.quietSpace = template.audience.children === true && rnd.chance(0.4);
    accessibility.assistanceOnRequest = template.audience.peopleWithDisabilities === true || rnd.chance(0.35);

    const isFree = guaranteed || rnd.chance(0.78);
    const eventStatus = guaranteed ? 'scheduled' : rnd.chance(0.06) ? 'cancelled' : rnd.chance(0.03) ? 'postponed' : 'scheduled';
    const registrationMode = template.swimming ? 'phone' : rnd.chance(0.15) ? 'phone' : rnd.chance(0.1) ? 'external' : 'none';
    const n = neighbourhoods.find((x) => x.slug === nbh)!;
    const venueNbh = neighbourhoods.find((x) => x.slug === venue.neighbourhood)!;

    let slug = `${template.key}-${venue.neighbourhood}`;
    for (let k = 2; slugs.has(slug); k++) slug = `${template.key}-${venue.neighbourhood}-${k}`;
    slugs.add(slug);

    events.push({
      slug, template, venue: venue.slug, neighbourhood: venueNbh.slug,
      title: { ar: `${template.title.ar} – ${venueNbh.name.ar}`, fr: `${template.title.fr} – ${venueNbh.name.fr}` },
      organisers: organisersFor(n.slug, template.category),
      startsAt, endsAt, eventStatus, isFree,
      priceMad: isFree ? null : rnd.pick([10, 20, 30, 50]),
      accessibility,
      registration: registrationMode === 'phone'
        ? { mode: 'phone', phone: '+212 539 00 00 00', capacity: rnd.pick([20, 30, 40]) }
        : registrationMode === 'external'
          ? { mode: 'external', url: 'https://inscriptions.tetouan.example/' }
          : { mode: 'none' },
    });
  }
  return events;
}

export { associations, city };
