import { LOCALE_CODES } from '../locales';
import { HERITAGE_KINDS, PLACE_FACTS, WORKS_STATUSES } from '../vocabulary';
import type { Text } from './catalogue';
import { Problems } from './checks';
import raw from './heritage.json';
import city from './tetouan-demo.json';
import { localDate } from '../time';

/**
 * The demonstration heritage points: the places of tetouan-demo.json with the invented facts of
 * heritage.json, checked against the schemas before the seed writes them. Kept apart from
 * catalogue.json so that each file stays about one thing.
 */
export interface HeritagePlan {
  slug: string;
  kind: string;
  name: Text;
  description: Text;
  stepFreeWay: Text | null;
  worksNote: Text | null;
  surveyedBy: Text;
  point: { lat: number; lng: number };
  worksStatus: string;
  worksStartOn: string | null;
  worksEndOn: string | null;
  accessibility: Record<string, unknown>;
}

const MONTH = 30 * 86400000;

function checkFacts(p: Problems, facts: unknown, at: string) {
  if (
    !p.record(
      facts,
      at,
      [],
      Object.keys(PLACE_FACTS).filter((f) => f !== 'surveyedAt'),
    )
  )
    return;
  for (const [name, value] of Object.entries(facts)) {
    const field = PLACE_FACTS[name];
    if (!field) continue; // reported by record() above
    if (field.type === 'boolean') p.boolean(value, `${at}.${name}`);
    else if (field.type === 'enumeration') p.oneOf(value, `${at}.${name}`, field.enum ?? [], `a value of ${name}`);
    else if (field.type === 'integer' || field.type === 'decimal') {
      p.number(value, `${at}.${name}`, field.min ?? 0, field.max ?? 10000, field.type === 'integer');
    } else p.string(value, `${at}.${name}`);
  }
}

/** The heritage points to seed on `day`; throws with every problem of heritage.json at once. */
export function planHeritagePoints(day: Date, data: unknown = raw, locales: readonly string[] = LOCALE_CODES): HeritagePlan[] {
  const p = new Problems();
  const places = city.heritagePoints;
  const bodies = city.consultativeBodies;
  const text = (v: unknown, at: string) => p.text(v, at, locales);
  const plans: HeritagePlan[] = [];
  if (p.record(data, 'heritage.json', ['points', 'surveyedBy'], ['about'])) {
    p.oneOf(
      data.surveyedBy,
      'heritage.json surveyedBy',
      bodies.map((b) => b.slug),
      'a consultative body of tetouan-demo.json',
    );
    const body = bodies.find((b) => b.slug === data.surveyedBy);
    p.nonEmptyList(data.points, 'heritage.json points', (point, at) => {
      if (!p.record(point, at, ['slug', 'description', 'works', 'facts'], ['stepFreeWay', 'worksNote'])) return;
      const place = places.find((x) => x.slug === point.slug);
      if (!place) return p.add(`${at}.slug`, `${JSON.stringify(point.slug)} is not a heritage point of tetouan-demo.json`);
      p.oneOf(place.kind, `tetouan-demo.json ${place.slug}.kind`, HERITAGE_KINDS, 'a kind of the heritage-point schema');
      text(point.description, `${at}.description`);
      if ('stepFreeWay' in point) text(point.stepFreeWay, `${at}.stepFreeWay`);
      if ('worksNote' in point) text(point.worksNote, `${at}.worksNote`);
      checkFacts(p, point.facts, `${at}.facts`);
      const works = point.works as { status?: unknown; startMonths?: number; endMonths?: number };
      if (!p.record(works, `${at}.works`, ['status'], ['startMonths', 'endMonths'])) return;
      p.oneOf(works.status, `${at}.works.status`, WORKS_STATUSES, 'a works status of the heritage-point schema');
      const when = (months: number | undefined) => (months === undefined ? null : localDate(new Date(day.getTime() + months * MONTH)));
      plans.push({
        slug: place.slug,
        kind: place.kind,
        name: place.name,
        description: point.description as Text,
        stepFreeWay: (point.stepFreeWay as Text) ?? null,
        worksNote: (point.worksNote as Text) ?? null,
        surveyedBy: (body?.name ?? {}) as Text,
        point: { lat: place.point[0], lng: place.point[1] },
        worksStatus: String(works.status),
        worksStartOn: when(works.startMonths),
        worksEndOn: when(works.endMonths),
        // Surveyed two weeks before the demo city starts, so the page shows a believable date.
        accessibility: { ...(point.facts as object), surveyedAt: localDate(new Date(day.getTime() - MONTH / 2)) },
      });
    });
    const seen = plans.map((x) => x.slug);
    for (const place of places) if (!seen.includes(place.slug)) p.add('heritage.json points', `lacks ${place.slug} of tetouan-demo.json`);
    p.unique(seen, 'heritage.json points');
  }
  p.throwIfAny('The demo heritage points (src/seed/heritage.json)');
  return plans;
}
