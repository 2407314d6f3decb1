import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, ENDONYMS, LOCALES, dirOf, intlLocale } from '$lib/i18n';
import { readCms } from './cms-source';

/**
 * The CMS keeps content in the locales of cms/src/locales.json; the site speaks those of
 * project.inlang/settings.json, compiled by Paraglide, with one messages file each. They must be
 * the same, with the same default, or pages would ask the CMS for a locale it does not have.
 */
const site = new URL('../../../../', import.meta.url);
const inlang = JSON.parse(readFileSync(new URL('project.inlang/settings.json', site), 'utf8'));
const cms: { defaultLocale: string; locales: { code: string }[] } = readCms('locales.json');
const messageFiles = readdirSync(new URL('messages/', site))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));

describe('the CMS and the site speak the same locales', () => {
  it('lists the same locales in the CMS, the Paraglide settings, the compiled site and its messages files', () => {
    expect(cms.locales.map((l) => l.code).sort()).toEqual([...inlang.locales].sort());
    expect([...LOCALES]).toEqual(inlang.locales);
    expect(messageFiles.sort()).toEqual([...inlang.locales].sort());
  });

  it('has the same default locale everywhere', () => {
    expect(inlang.baseLocale).toBe(cms.defaultLocale);
    expect(DEFAULT_LOCALE).toBe(cms.defaultLocale);
  });

  it.each([...LOCALES])('knows how %s is written: direction, name, and date formats this Node.js has', (locale) => {
    expect(['rtl', 'ltr']).toContain(dirOf(locale));
    expect(ENDONYMS[locale].trim()).not.toBe('');
    expect(Intl.DateTimeFormat.supportedLocalesOf(intlLocale(locale))).toEqual([intlLocale(locale)]);
  });
});
