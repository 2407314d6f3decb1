import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from './locales';
import { foldForSearch } from './utils/search-text';

/** The fields folded into each searchable type's `searchText`. */
const SEARCHED: Record<string, string[]> = {
  'api::event.event': ['title', 'summary', 'description'],
  'api::association.association': ['name', 'description'],
};
const folded = (fields: string[], values: Record<string, unknown>) =>
  foldForSearch(fields.map((f) => String(values[f] ?? '')).join(' \n '));

/**
 * Keeps each searchable document's `searchText` (one per locale) in step with the text it is made of, on every
 * write through the document service: the admin panel, the seed and any future API alike.
 */
export function registerSearchIndex(strapi: Core.Strapi) {
  strapi.documents.use(async (context: any, next: () => Promise<any>) => {
    const fields = SEARCHED[context.uid];
    if (!fields || !['create', 'update'].includes(context.action)) return next();
    const data = context.params?.data;
    if (!data || !fields.some((f) => f in data)) return next();
    let current: Record<string, unknown> = {};
    if (context.action === 'update' && fields.some((f) => !(f in data))) {
      // A partial update: the fields it does not carry keep their stored values.
      current =
        (await strapi.db.query(context.uid).findOne({
          where: { documentId: context.params.documentId, locale: context.params.locale ?? DEFAULT_LOCALE, publishedAt: null },
          select: fields,
        })) ?? {};
    }
    data.searchText = folded(fields, { ...current, ...data });
    return next();
  });
}

/** Fills `searchText` for documents written before it existed (every locale, drafts and published rows). */
export async function backfillSearchIndex(strapi: Core.Strapi) {
  for (const [uid, fields] of Object.entries(SEARCHED)) {
    const query = strapi.db.query(uid as any);
    const rows: Record<string, unknown>[] = await query.findMany({
      where: { searchText: { $null: true } },
      select: ['id', ...fields],
      limit: 10000,
    });
    for (const row of rows) await query.update({ where: { id: row.id }, data: { searchText: folded(fields, row) } });
    if (rows.length) strapi.log.info(`Search index filled for ${rows.length} rows of ${uid}.`);
  }
}
