import type { Core } from '@strapi/strapi';
import * as clock from '../clock';
import { associations, city, domainOf, planEvents, planNeighbourhoods, planVenues } from './plan';
import { programme } from './catalogue';
import { localDate } from './time';

const SEEDED_KEY = 'demo-seeded-at';
const STARTED_KEY = 'demo-seed-started-at';
const LOCALES = ['ar', 'fr'] as const;

/**
 * Creates a document in Arabic (the default locale) and its French version, both published, or
 * completes the one an interrupted seed left behind: documents are found again by their slug.
 */
async function createBilingual(
  strapi: Core.Strapi,
  uid: any,
  shared: Record<string, unknown> & { slug: string },
  localized: Record<'ar' | 'fr', Record<string, unknown>>,
): Promise<string> {
  const docs = strapi.documents(uid);
  const existing = await docs.findFirst({ locale: 'ar', filters: { slug: shared.slug }, fields: ['slug'] } as any);
  const documentId = existing?.documentId
    ?? (await docs.create({ locale: 'ar', data: { ...shared, ...localized.ar }, status: 'published' } as any)).documentId;
  if (!existing || !(await docs.findOne({ documentId, locale: 'fr', fields: ['slug'] } as any))) {
    await docs.update({ documentId, locale: 'fr', data: { ...shared, ...localized.fr }, status: 'published' } as any);
  }
  return documentId;
}

const both = <K extends string>(key: K, value: { ar: string; fr: string }) => ({
  ar: { [key]: value.ar }, fr: { [key]: value.fr },
}) as Record<'ar' | 'fr', Record<string, unknown>>;

function merge(...parts: Record<'ar' | 'fr', Record<string, unknown>>[]) {
  return Object.fromEntries(LOCALES.map((l) => [l, Object.assign({}, ...parts.map((p) => p[l]))])) as Record<'ar' | 'fr', Record<string, unknown>>;
}

/**
 * Loads the demo city once. The mark is kept in Strapi's store and written only when the whole
 * city is in, so a restart or a second `npm start` never duplicates it, an editor's changes are
 * never overwritten, and a CMS stopped halfway through its first start finishes the city on the
 * next one (every document is found again by its slug) instead of keeping half of it for good.
 */
export async function seedDemoOnce(strapi: Core.Strapi, now = clock.now()): Promise<boolean> {
  const store = strapi.store({ type: 'core', name: 'hub' });
  if (await store.get({ key: SEEDED_KEY })) return false;
  const resuming = Boolean(await store.get({ key: STARTED_KEY }));
  if (!resuming && (await strapi.documents('api::neighbourhood.neighbourhood').count({ locale: 'ar' } as any)) > 0) {
    // Content that did not come from the seed (an import, a database from before the marks).
    await store.set({ key: SEEDED_KEY, value: 'existing-content' });
    return false;
  }
  if (!resuming) await store.set({ key: STARTED_KEY, value: now.toISOString() });
  // A resumed seed keeps the day it started from, so its dates match what is already in.
  const day = resuming ? new Date(String(await store.get({ key: STARTED_KEY }))) : now;
  const started = Date.now();

  const nbhIds = new Map<string, string>();
  for (const n of planNeighbourhoods()) {
    nbhIds.set(n.slug, await createBilingual(strapi, 'api::neighbourhood.neighbourhood',
      { slug: n.slug, peripheral: n.peripheral, centroid: n.centroid }, both('name', n.name)));
  }

  const venueIds = new Map<string, string>();
  for (const v of planVenues()) {
    venueIds.set(v.slug, await createBilingual(strapi, 'api::venue.venue',
      { slug: v.slug, point: v.point, neighbourhood: nbhIds.get(v.neighbourhood), accessibility: v.access },
      merge(both('name', v.name), both('address', v.address))));
  }

  const assocIds = new Map<string, string>();
  for (const [i, a] of associations.entries()) {
    const description = {
      ar: `${a.name.ar} جمعية تأسست سنة ${a.founded} وتنشط في ${a.serves.map((s) => city.neighbourhoods.find((n) => n.slug === s)!.name.ar).join(' و')}. تنظم أنشطة مفتوحة لسكان الحي وتشارك في البرنامج المتجول للجماعة.`,
      fr: `${a.name.fr} a été fondée en ${a.founded} et agit à ${a.serves.map((s) => city.neighbourhoods.find((n) => n.slug === s)!.name.fr).join(' et à ')}. Elle organise des activités ouvertes aux habitants et participe au programme itinérant de la commune.`,
    };
    assocIds.set(a.slug, await createBilingual(strapi, 'api::association.association', {
      slug: a.slug, category: a.category, foundedYear: a.founded,
      neighbourhoodsServed: a.serves.map((s) => nbhIds.get(s)),
      contactEmail: `contact@${a.slug}.asso.example`,
      contactPhone: `+212 539 ${String(100000 + i * 7919).slice(0, 2)} ${String(10 + i).padStart(2, '0')} ${String(30 + i).padStart(2, '0')}`,
      verified: i % 5 !== 4,
      legalIdentifier: `RA-TET-${String(1000 + i * 37)}`,
    }, merge(both('name', a.name), both('description', description))));
  }

  const events = planEvents(day);
  const partnerIds = [...new Set(events.flatMap((e) => e.organisers))].slice(0, 12).map((s) => assocIds.get(s));
  const first = events.reduce((m, e) => (e.startsAt < m ? e.startsAt : m), events[0].startsAt);
  const last = events.reduce((m, e) => (e.endsAt > m ? e.endsAt : m), events[0].endsAt);
  const programmeId = await createBilingual(strapi, 'api::programme.programme', {
    slug: programme.slug, startsOn: localDate(first), endsOn: localDate(last), partners: partnerIds,
  }, merge(both('name', programme.name), both('summary', programme.summary)));

  for (const e of events) {
    const t = e.template;
    const statusNote = e.eventStatus === 'cancelled'
      ? { ar: 'أُلغي هذا النشاط بسبب الأحوال الجوية. نعتذر للمشاركين.', fr: 'Cette activité est annulée en raison de la météo. Toutes nos excuses.' }
      : e.eventStatus === 'postponed'
        ? { ar: 'أُجّل هذا النشاط. سيعلن عن الموعد الجديد قريبا.', fr: 'Cette activité est reportée. La nouvelle date sera annoncée bientôt.' }
        : { ar: '', fr: '' };
    const accessNote = e.accessibility.wheelchair
      ? { ar: 'المكان متاح للكراسي المتحركة. اتصلوا بالمنظمين لأي مساعدة.', fr: 'Le lieu est accessible en fauteuil roulant. Contactez les organisateurs pour toute aide.' }
      : { ar: 'يوجد درج عند المدخل. اتصلوا بالمنظمين لترتيب المساعدة.', fr: "L'entrée comporte des marches. Contactez les organisateurs pour organiser une aide." };
    await createBilingual(strapi, 'api::event.event', {
      slug: e.slug, domain: domainOf(t.category), category: t.category,
      startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString(),
      eventStatus: e.eventStatus, isFree: e.isFree, priceMad: e.priceMad,
      venue: venueIds.get(e.venue), organisers: e.organisers.map((s) => assocIds.get(s)), programme: programmeId,
      audience: { everyone: false, womenOnly: false, children: false, youth: false, families: false, seniors: false, peopleWithDisabilities: false, ...t.audience },
      accessibility: e.accessibility, registration: e.registration,
    }, merge(both('title', e.title), both('summary', t.summary), both('description', t.description),
      both('accessibilityNotes', accessNote), both('statusNote', statusNote)));
  }

  await store.set({ key: SEEDED_KEY, value: day.toISOString() });
  strapi.log.info(`Demo city ${resuming ? 'completed' : 'seeded'}: ${nbhIds.size} neighbourhoods, ${venueIds.size} venues, ${assocIds.size} associations, ${events.length} events (${Date.now() - started} ms).`);
  return true;
}
