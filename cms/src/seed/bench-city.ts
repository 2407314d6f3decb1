import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { now } from '../clock';
import { LOCALES } from '../locales';
import { foldForSearch } from '../utils/search-text';
import { CATEGORY_DOMAINS } from '../vocabulary';

/**
 * BENCHMARK DATA, never for a real hub: `npm run bench` (scripts/bench.mjs) grows the demo city
 * into a large generated one to measure how the hub holds up. Started by SEED_BENCH_CITY, e.g.
 * `events=10000,associations=2000,heritage=500,comments=50000`: each count is a total of
 * generated records, topped up from what an earlier start made, so the benchmark measures 100
 * events and then 10,000 on one database. Every record says it is benchmark data (titles start
 * with "[Benchmark]", slugs with "bench-").
 *
 * Written through the database layer in bulk, not the document service: 10,000 events through
 * the editors' rules would take the benchmark longer than the measuring. Only published rows are
 * made (what the public API reads), with what the lists need: venue, dates, flags.
 */
const LABEL = '[Benchmark]';

export interface BenchCity {
  events: number;
  associations: number;
  heritage: number;
  comments: number;
}

export function benchCityOf(value: string | undefined): BenchCity | undefined {
  if (!value) return undefined;
  const city: BenchCity = { events: 0, associations: 0, heritage: 0, comments: 0 };
  for (const part of value.split(',')) {
    const [key, n] = part.split('=');
    if (!(key in city) || !/^\d+$/.test(n ?? '')) throw new Error(`SEED_BENCH_CITY: cannot read "${part}"`);
    city[key as keyof BenchCity] = Number(n);
  }
  return city;
}

/** A small deterministic generator, so two runs of the benchmark measure the same city. */
function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] };
}

const WORDS = {
  fr: ['Atelier', 'Concert', 'Tournoi', 'Lecture', 'Balade', 'Projection', 'Rencontre', 'Initiation', 'Fête', 'Course'],
  ar: ['ورشة', 'حفل', 'دوري', 'قراءة', 'جولة', 'عرض', 'لقاء', 'تدريب', 'احتفال', 'سباق'],
};
const text = (locale: string, i: number) => (locale === 'fr' ? WORDS.fr : WORDS.ar)[i % 10];

const documentId = () => randomBytes(12).toString('hex').slice(0, 24);

async function count(strapi: Core.Strapi, uid: string, slugPrefix: string) {
  return strapi.db.query(uid as any).count({ where: { slug: { $startsWith: slugPrefix }, locale: LOCALES[0].code } });
}

async function inBatches<T>(rows: T[], size: number, write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

export async function seedBenchCity(strapi: Core.Strapi, city: BenchCity) {
  const started = Date.now();
  const rand = generator(20261127);
  const published = new Date().toISOString();
  const locales = LOCALES.map((l) => l.code);

  const venues = (await strapi.db.query('api::venue.venue').findMany({
    where: { publishedAt: { $notNull: true } },
    select: ['id', 'locale'],
  })) as { id: number; locale: string }[];
  if (!venues.length) throw new Error('SEED_BENCH_CITY needs the demo city (its venues) first');
  const venuesOf = (locale: string) => venues.filter((v) => v.locale === locale);

  // Associations: flat rows, in bulk.
  const haveAssociations = await count(strapi, 'api::association.association', 'bench-assoc-');
  const associations = [];
  for (let i = haveAssociations; i < city.associations; i++) {
    const id = documentId();
    for (const locale of locales) {
      const name = `${LABEL} ${text(locale, i)} ${i}`;
      associations.push({
        documentId: id,
        locale,
        publishedAt: published,
        name,
        slug: `bench-assoc-${i}`,
        category: rand.pick(['culture', 'sport', 'arts-troupe', 'disability', 'women']),
        description: `${LABEL} ${name}.`,
        searchText: foldForSearch(name),
        verified: rand.next() < 0.5,
      });
    }
  }
  await inBatches(associations, 200, (data) => strapi.db.query('api::association.association').createMany({ data }));

  // Events: one at a time with their venue (a relation), spread over the coming year.
  const haveEvents = await count(strapi, 'api::event.event', 'bench-event-');
  const t0 = now().getTime();
  const categories = Object.entries(CATEGORY_DOMAINS).flatMap(([domain, list]) => list.map((category) => ({ domain, category })));
  for (let i = haveEvents; i < city.events; i++) {
    const id = documentId();
    const startsAt = new Date(t0 + Math.floor(rand.next() * 365 * 24) * 3600_000 + 3600_000);
    const endsAt = new Date(startsAt.getTime() + 2 * 3600_000);
    const { domain, category } = rand.pick(categories);
    const isFree = rand.next() < 0.7;
    const venueIndex = Math.floor(rand.next() * 1000);
    for (const locale of locales) {
      const title = `${LABEL} ${text(locale, i)} ${i}`;
      const summary = `${LABEL} ${text(locale, i + 3)} ${i}.`;
      const candidates = venuesOf(locale);
      await strapi.db.query('api::event.event').create({
        data: {
          documentId: id,
          locale,
          publishedAt: published,
          title,
          slug: `bench-event-${i}`,
          summary,
          description: `${summary} ${summary} ${summary}`,
          searchText: foldForSearch(`${title} ${summary}`),
          domain,
          category,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          seriesEndsAt: endsAt.toISOString(),
          eventStatus: 'scheduled',
          isFree,
          priceMad: isFree ? null : 20,
          venue: candidates.length ? candidates[venueIndex % candidates.length].id : null,
        },
      });
    }
  }

  // Heritage points carry their location as a component: through the document service, 500 of them.
  const haveHeritage = await count(strapi, 'api::heritage-point.heritage-point', 'bench-heritage-');
  const heritagePoints = strapi.documents('api::heritage-point.heritage-point');
  for (let i = haveHeritage; i < city.heritage; i++) {
    const point = { lat: 35.57 + rand.next() * 0.02, lng: -5.37 + rand.next() * 0.02 };
    let id: string | undefined;
    for (const locale of locales) {
      const data = {
        name: `${LABEL} ${text(locale, i)} ${i}`,
        slug: `bench-heritage-${i}`,
        kind: 'monument',
        description: `${LABEL}.`,
        worksStatus: 'none',
        isDemonstration: true,
        point,
      };
      const made = id
        ? await heritagePoints.update({ documentId: id, locale, data, status: 'published' } as any)
        : await heritagePoints.create({ locale, data, status: 'published' } as any);
      id ??= made?.documentId;
    }
  }

  // Comments: on the demo plans and actions, spread evenly.
  const targets = [
    ...(
      (await strapi.db
        .query('api::thematic-plan.thematic-plan')
        .findMany({ where: { publishedAt: { $notNull: true } }, select: ['slug'] })) as { slug: string }[]
    ).map((p) => ({ targetType: 'plan', targetSlug: p.slug })),
    ...(
      (await strapi.db
        .query('api::plan-action.plan-action')
        .findMany({ where: { publishedAt: { $notNull: true } }, select: ['slug'] })) as { slug: string }[]
    ).map((a) => ({ targetType: 'action', targetSlug: a.slug })),
  ];
  const haveComments = await strapi.db.query('api::comment.comment').count({ where: { displayName: LABEL } });
  const comments = [];
  for (let i = haveComments; i < city.comments && targets.length; i++) {
    const locale = locales[i % locales.length];
    comments.push({
      documentId: documentId(),
      locale,
      publishedAt: published,
      text: `${LABEL} ${text(locale, i)} ${i}`,
      displayName: LABEL,
      language: locale,
      ...targets[i % targets.length],
    });
  }
  await inBatches(comments, 500, (data) => strapi.db.query('api::comment.comment').createMany({ data }));

  strapi.log.info(
    `Benchmark city: ${city.events} events, ${city.associations} associations, ${city.heritage} heritage points, ${city.comments} comments (${Math.round((Date.now() - started) / 1000)} s).`,
  );
}
