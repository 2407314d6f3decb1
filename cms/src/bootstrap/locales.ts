import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES } from '../locales';

/** Creates the locales of src/locales.json that the database lacks, and makes the default one the default. */
export async function ensureLocales(strapi: Core.Strapi) {
  const service = strapi.plugin('i18n').service('locales');
  const existing: { code: string }[] = await service.find();
  for (const locale of LOCALES) {
    if (!existing.some((l) => l.code === locale.code)) await service.create({ ...locale });
  }
  await service.setDefaultLocale({ code: DEFAULT_LOCALE });
}
