import type { Core } from '@strapi/strapi';
import * as clock from '../clock';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../locales';
import { AUDIENCE_FLAGS, domainOf } from '../vocabulary';
import { demo, type SignedVideoSeed, type Text } from './catalogue';
import { seedSignedVideos } from './media';
import { fill } from './checks';
import { planHeritagePoints } from './heritage';
import { perLocale, planEvents, planNeighbourhoods, planVenues } from './plan';
import { seriesEnd } from '../api/event/series';
import { localDate } from '../time';

const SEEDED_KEY = 'demo-seeded-at';
const STARTED_KEY = 'demo-seed-started-at';
type Localized = Record<string, Record<string, unknown>>;

/**
 * Creates a document in the default locale and its version in every other locale, all published,
 * or completes the one an interrupted seed left behind: documents are found again by their slug.
 */
async function createInEveryLocale(
  strapi: Core.Strapi,
  uid: any,
  shared: Record<string, unknown> & { slug: string },
  localized: Localized,
): Promise<string> {
  const docs = strapi.documents(uid);
  const existing = await docs.findFirst({ locale: DEFAULT_LOCALE, filters: { slug: shared.slug }, fields: ['slug'] } as any);
  const documentId =
    existing?.documentId ??
    (await docs.create({ locale: DEFAULT_LOCALE, data: { ...shared, ...localized[DEFAULT_LOCALE] }, status: 'published' } as any))
      .documentId;
  for (const locale of LOCALE_CODES.filter((l) => l !== DEFAULT_LOCALE)) {
    if (!existing || !(await docs.findOne({ documentId, locale, fields: ['slug'] } as any))) {
      await docs.update({ documentId, locale, data: { ...shared, ...localized[locale] }, status: 'published' } as any);
    }
  }
  return documentId;
}

/** The localized fields of a document: each field's text in each locale. */
const texts = (fields: Record<string, Text>): Localized =>
  Object.fromEntries(LOCALE_CODES.map((l) => [l, Object.fromEntries(Object.entries(fields).map(([k, t]) => [k, t[l]]))]));

/** An easy-read version in each locale, when the template has one: one sentence a component. */
const withEasyRead = (localized: Localized, easyRead: Readonly<Record<string, string[]>> | undefined): Localized =>
  easyRead
    ? Object.fromEntries(
        Object.entries(localized).map(([l, fields]) => [l, { ...fields, easyRead: easyRead[l].map((text) => ({ text })) }]),
      )
    : localized;

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
  if (!resuming && (await strapi.documents('api::neighbourhood.neighbourhood').count({ locale: DEFAULT_LOCALE } as any)) > 0) {
    // Content that did not come from the seed (an import, a database from before the marks).
    await store.set({ key: SEEDED_KEY, value: 'existing-content' });
    return false;
  }
  if (!resuming) await store.set({ key: STARTED_KEY, value: now.toISOString() });
  // A resumed seed keeps the day it started from, so its dates match what is already in.
  const day = resuming ? new Date(String(await store.get({ key: STARTED_KEY }))) : now;
  const started = Date.now();
  const {
    neighbourhoods,
    catalogue: { associations, programme, phrases },
  } = demo();
  const nameOf = (slug: string) => neighbourhoods.find((n) => n.slug === slug)!.name;

  const nbhIds = new Map<string, string>();
  for (const n of planNeighbourhoods()) {
    nbhIds.set(
      n.slug,
      await createInEveryLocale(
        strapi,
        'api::neighbourhood.neighbourhood',
        { slug: n.slug, peripheral: n.peripheral, centroid: n.centroid },
        texts({ name: n.name }),
      ),
    );
  }

  const venueIds = new Map<string, string>();
  for (const v of planVenues()) {
    venueIds.set(
      v.slug,
      await createInEveryLocale(
        strapi,
        'api::venue.venue',
        { slug: v.slug, point: v.point, neighbourhood: nbhIds.get(v.neighbourhood), accessibility: v.access },
        texts({ name: v.name, address: v.address }),
      ),
    );
  }

  const assocIds = new Map<string, string>();
  for (const [i, a] of associations.entries()) {
    const description = perLocale((l) =>
      fill(phrases.associationDescription[l], {
        name: a.name[l],
        founded: a.founded,
        neighbourhoods: a.serves.map((s) => nameOf(s)[l]).join(phrases.neighbourhoodsJoiner[l]),
      }),
    );
    assocIds.set(
      a.slug,
      await createInEveryLocale(
        strapi,
        'api::association.association',
        {
          slug: a.slug,
          category: a.category,
          foundedYear: a.founded,
          neighbourhoodsServed: a.serves.map((s) => nbhIds.get(s)),
          contactEmail: `contact@${a.slug}.asso.example`,
          contactPhone: `+212 539 ${String(100000 + i * 7919).slice(0, 2)} ${String(10 + i).padStart(2, '0')} ${String(30 + i).padStart(2, '0')}`,
          verified: i % 5 !== 4,
          legalIdentifier: `RA-TET-${String(1000 + i * 37)}`,
        },
        texts({ name: a.name, description }),
      ),
    );
  }

  const events = planEvents(day);
  const partnerIds = [...new Set(events.flatMap((e) => e.organisers))].slice(0, 12).map((s) => assocIds.get(s));
  const first = events.reduce((m, e) => (e.startsAt < m ? e.startsAt : m), events[0].startsAt);
  // A series runs past its first date: the programme lasts until the last one ends.
  const last = new Date(
    events
      .map((e) => seriesEnd({ ...e, startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString() })!)
      .sort()
      .at(-1)!,
  );
  const programmeId = await createInEveryLocale(
    strapi,
    'api::programme.programme',
    {
      slug: programme.slug,
      startsOn: localDate(first),
      endsOn: localDate(last),
      partners: partnerIds,
    },
    texts({ name: programme.name, summary: programme.summary }),
  );

  // Sample signed videos, uploaded once and attached to every event of their templates.
  const videos = await seedSignedVideos(strapi, localDate(day));
  const videoOf = (template: string) =>
    videos.get(demo().catalogue.signedVideos.find((v: SignedVideoSeed) => v.templates.includes(template))?.key ?? '');

  for (const e of events) {
    const t = e.template;
    const statusNote =
      e.eventStatus === 'cancelled' ? phrases.cancelledNote : e.eventStatus === 'postponed' ? phrases.postponedNote : perLocale(() => '');
    const stepsNote = e.accessibility.wheelchair ? phrases.stepFreeAccessNote : phrases.stepsAccessNote;
    // An event offering sign language says how it is provided (a rule of publishing, src/api/event/rules.ts).
    const accessNote = e.accessibility.signLanguage ? perLocale((l) => `${stepsNote[l]} ${phrases.signLanguageAccessNote[l]}`) : stepsNote;
    await createInEveryLocale(
      strapi,
      'api::event.event',
      {
        slug: e.slug,
        domain: domainOf(t.category),
        category: t.category,
        startsAt: e.startsAt.toISOString(),
        endsAt: e.endsAt.toISOString(),
        eventStatus: e.eventStatus,
        isFree: e.isFree,
        priceMad: e.priceMad,
        venue: venueIds.get(e.venue),
        organisers: e.organisers.map((s) => assocIds.get(s)),
        programme: programmeId,
        audience: { ...Object.fromEntries(AUDIENCE_FLAGS.map((flag) => [flag, false])), ...t.audience },
        accessibility: e.accessibility,
        registration: e.registration,
        series: e.series,
        seriesChanges: e.seriesChanges,
        signLanguageVideo: videoOf(t.key) ?? null,
      },
      withEasyRead(
        texts({ title: e.title, summary: t.summary, description: t.description, accessibilityNotes: accessNote, statusNote }),
        t.easyRead,
      ),
    );
  }

  const heritage = planHeritagePoints(day);
  for (const h of heritage) {
    const { slug, kind, point, worksStatus, worksStartOn, worksEndOn, accessibility } = h;
    const optional = (name: string, t: Text | null) => (t ? { [name]: t } : {});
    await createInEveryLocale(
      strapi,
      'api::heritage-point.heritage-point',
      { slug, kind, point, worksStatus, worksStartOn, worksEndOn, accessibility, isDemonstration: true },
      texts({
        name: h.name,
        description: h.description,
        surveyedBy: h.surveyedBy,
        ...optional('stepFreeWay', h.stepFreeWay),
        ...optional('worksNote', h.worksNote),
      }),
    );
  }

  await store.set({ key: SEEDED_KEY, value: day.toISOString() });
  strapi.log.info(
    `Demo city ${resuming ? 'completed' : 'seeded'}: ${nbhIds.size} neighbourhoods, ${venueIds.size} venues, ${assocIds.size} associations, ${events.length} events, ${heritage.length} heritage points (${Date.now() - started} ms).`,
  );
  return true;
}
