import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES } from './i18n';
import { m } from './paraglide/messages';

const catalogue = (locale: string): Record<string, string> => {
  const { $schema: _, ...messages } = JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8'));
  return messages;
};
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

describe('the message catalogue', () => {
  const base = catalogue(DEFAULT_LOCALE);
  const others = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

  it.each(others)('%s has exactly the keys of the default locale, each non-empty, with the same placeholders', (locale) => {
    const other = catalogue(locale);
    expect(Object.keys(other).sort()).toEqual(Object.keys(base).sort());
    for (const [key, text] of Object.entries(other)) {
      expect(text.trim(), `${locale}.${key}`).not.toBe('');
      expect(placeholders(text), `${locale}.${key}`).toEqual(placeholders(base[key]));
    }
  });

  it.each(others)('%s says different things than each other locale (no untranslated copies)', (locale) => {
    const own = catalogue(locale);
    for (const other of LOCALES.filter((l) => l !== locale)) {
      const theirs = catalogue(other);
      const copies = Object.keys(own).filter((k) => own[k] === theirs[k] && /\p{L}{3}/u.test(own[k]));
      expect(copies, `${locale} copies ${other}`).toEqual([]);
    }
  });

  it('is written in Arabic script in Arabic', () => {
    for (const text of Object.values(catalogue('ar'))) expect(text.replace(/\{\w+\}/g, '')).toMatch(/[\u0600-\u06FF]|^[\s\p{P}\d]*$/u);
  });

  it('is compiled into the site (a missing plugin compiles nothing)', () => {
    expect(m.site_name({}, { locale: 'fr' })).toContain('Tétouan');
    expect(m.site_name({}, { locale: 'ar' })).toContain('تطوان');
    expect(m.results_count({ count: '7' }, { locale: 'fr' })).toContain('7');
  });
});
