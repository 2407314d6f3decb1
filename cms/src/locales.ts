import settings from './locales.json';

/**
 * The locales the CMS keeps content in, from locales.json: the bootstrap creates them, the seed
 * writes each of them, and the site's contract test checks that the site speaks the same ones.
 */
export interface CmsLocale {
  code: string;
  name: string;
}

export const LOCALES: readonly CmsLocale[] = settings.locales;
export const LOCALE_CODES: readonly string[] = LOCALES.map((l) => l.code);
export const DEFAULT_LOCALE: string = settings.defaultLocale;

if (!LOCALE_CODES.includes(DEFAULT_LOCALE)) {
  throw new Error(`locales.json: the default locale "${DEFAULT_LOCALE}" is not one of ${LOCALE_CODES.join(', ')}`);
}
