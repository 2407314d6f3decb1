import type { Core } from '@strapi/strapi';
import { now } from '../../clock';
import { LOCALE_CODES } from '../../locales';

/**
 * The indicators the hub counts from its own data rather than having them typed: one function,
 * answered by one route (`/api/indicators/figures`), so the progress page, a plan's page and the
 * downloads show the same numbers. The key of each figure is a value of an indicator's
 * `computedFrom`; an indicator that names it takes its latest value from here.
 *
 * - events organised: published events whose (first) date has begun by now, not cancelled, counted
 *   once per event whatever its languages (a repeating activity counts once), by the neighbourhood of
 *   their venue and by category;
 * - associations taking part: the distinct organisers of those events, by their category;
 * - associations registered: every association of the directory, by category;
 * - heritage points built: the published heritage points whose `worksStatus` is done, once that type exists;
 * - comments received: every comment written, published or waiting for moderation, by what it is about.
 */
export type FigureKey =
  | 'events-by-neighbourhood'
  | 'events-by-category'
  | 'associations-taking-part'
  | 'associations-by-category'
  | 'heritage-points-built'
  | 'comments-received';

export interface Figure {
  key: FigureKey;
  /** null: the hub cannot count it (yet). */
  total: number | null;
  breakdown: { dimension: string; group: string; value: number }[];
}

type Row = Record<string, any>;

/** One row per document: a document is stored once per locale (and per status for types with drafts). */
async function documents(strapi: Core.Strapi, uid: string, params: Row): Promise<Row[]> {
  const byId = new Map<string, Row>();
  for (const locale of LOCALE_CODES) {
    for (const row of await strapi.documents(uid as any).findMany({ ...params, locale, limit: 100_000 } as any)) {
      if (!byId.has(row.documentId)) byId.set(row.documentId, row);
    }
  }
  return [...byId.values()];
}

function countBy(rows: Row[], dimension: string, groupOf: (row: Row) => string | undefined) {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const group = groupOf(row);
    if (group) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([group, value]) => ({ dimension, group, value }));
}

export async function computeFigures(strapi: Core.Strapi, at: Date = now()): Promise<Figure[]> {
  const events = await documents(strapi, 'api::event.event', {
    status: 'published',
    filters: { startsAt: { $lte: at.toISOString() }, eventStatus: { $ne: 'cancelled' } },
    fields: ['category'],
    populate: {
      venue: { fields: ['slug'], populate: { neighbourhood: { fields: ['slug'] } } },
      organisers: { fields: ['slug', 'category'] },
    },
  });
  const organisers = new Map<string, Row>();
  for (const e of events) for (const o of e.organisers ?? []) organisers.set(o.documentId, o);
  const associations = await documents(strapi, 'api::association.association', { fields: ['category'] });
  const comments = await strapi.db.query('api::comment.comment').findMany({ select: ['documentId', 'targetType'] });
  const commentDocs = [...new Map(comments.map((c: Row) => [c.documentId, c])).values()] as Row[];

  const heritageUid = 'api::heritage-point.heritage-point';
  const heritage = (strapi.contentTypes as unknown as Record<string, { attributes: Row }>)[heritageUid];
  // The heritage points arrive with their own issue; until then the hub cannot count them.
  // Published points only (the type has drafts), whose works are done.
  const built = heritage?.attributes.worksStatus
    ? await documents(strapi, heritageUid, { status: 'published', filters: { worksStatus: { $eq: 'done' } }, fields: ['worksStatus'] })
    : null;

  return [
    {
      key: 'events-by-neighbourhood',
      total: events.length,
      breakdown: countBy(events, 'neighbourhood', (e) => e.venue?.neighbourhood?.slug),
    },
    { key: 'events-by-category', total: events.length, breakdown: countBy(events, 'category', (e) => e.category) },
    {
      key: 'associations-taking-part',
      total: organisers.size,
      breakdown: countBy([...organisers.values()], 'category', (a) => a.category),
    },
    { key: 'associations-by-category', total: associations.length, breakdown: countBy(associations, 'category', (a) => a.category) },
    { key: 'heritage-points-built', total: built ? built.length : null, breakdown: [] },
    { key: 'comments-received', total: commentDocs.length, breakdown: countBy(commentDocs, 'target', (c) => c.targetType) },
  ];
}
