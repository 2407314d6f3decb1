import type { Core } from '@strapi/strapi';

/** Arabic is the default locale, French the second; adding a locale is one line here. */
export const LOCALES = [
  { code: 'ar', name: 'Arabic (ar)' },
  { code: 'fr', name: 'French (fr)' },
];

export async function ensureLocales(strapi: Core.Strapi) {
  const service = strapi.plugin('i18n').service('locales');
  const existing: { code: string }[] = await service.find();
  for (const locale of LOCALES) {
    if (!existing.some((l) => l.code === locale.code)) await service.create(locale);
  }
  await service.setDefaultLocale({ code: LOCALES[0].code });
}
