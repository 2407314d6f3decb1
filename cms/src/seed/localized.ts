import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../locales';

/** What the seeds of the demo city share: texts in every locale, and documents written once per key. */
export type Text = Record<string, string>;
export type Localized = Record<string, Record<string, unknown>>;

/** Every text of a seed file in every CMS locale: the seed refuses to write half a translation. */
export function missingTranslations(value: unknown, path: string): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => missingTranslations(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const entries = Object.entries(value as Record<string, unknown>);
  const isText = entries.length > 0 && entries.every(([k, v]) => /^[a-z]{2,3}$/.test(k) && typeof v === 'string');
  if (isText) return LOCALE_CODES.filter((l) => !(value as Text)[l]).map((l) => `${path}: no ${l} text`);
  return entries.flatMap(([k, v]) => missingTranslations(v, `${path}.${k}`));
}

export const pick = (fields: Record<string, Text | null | undefined>): Localized =>
  Object.fromEntries(LOCALE_CODES.map((l) => [l, Object.fromEntries(Object.entries(fields).map(([k, t]) => [k, t ? t[l] : null]))]));

/** A document found by its key in the default locale, else created; each missing locale version added. */
export async function upsert(
  strapi: Core.Strapi,
  uid: string,
  key: Record<string, string>,
  shared: Record<string, unknown>,
  localized: Localized,
  publish: boolean,
): Promise<string> {
  const docs = strapi.documents(uid as any);
  const status = publish ? 'published' : 'draft';
  const existing = await docs.findFirst({ locale: DEFAULT_LOCALE, filters: key, fields: Object.keys(key) } as any);
  const documentId =
    existing?.documentId ??
    (await docs.create({ locale: DEFAULT_LOCALE, data: { ...key, ...shared, ...localized[DEFAULT_LOCALE] }, status } as any)).documentId;
  for (const locale of LOCALE_CODES.filter((l) => l !== DEFAULT_LOCALE)) {
    if (!existing || !(await docs.findOne({ documentId, locale, fields: Object.keys(key) } as any))) {
      await docs.update({ documentId, locale, data: { ...key, ...shared, ...localized[locale] }, status } as any);
    }
  }
  return documentId;
}
