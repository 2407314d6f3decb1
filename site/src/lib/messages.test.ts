import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './i18n';
import { m } from './paraglide/messages';

const catalogue = (locale: string): Record<string, string> => {
  const { $schema: _, ...messages } = JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8'));
  return messages;
};
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

describe('the message catalogue', () => {
  const base = catalogue('ar');

  it.each(LOCALES.filter((l) => l !== 'ar'))('%s has exactly the keys of Arabic, each non-empty, with the same placeholders', (locale) => {
    const other = catalogue(locale);
    expect(Object.keys(other).sort()).toEqual(Object.keys(base).sort());
    for (const [key, text] of Object.entries(other)) {
      expect(text.trim(), `${locale}.${key}`).not.toBe('');
      expect(placeholders(text), `${locale}.${key}`).toEqual(placeholders(base[key]));
    }
  });

  it('says different things in Arabic and French (no untranslated copies)', () => {
    const fr = catalogue('fr');
    const copies = Object.keys(base).filter((k) => base[k] === fr[k] && /[a-zA-Z\u0600-\u06FF]{3}/.test(base[k]));
    expect(copies).toEqual([]);
    for (const text of Object.values(base)) expect(text.replace(/\{\w+\}/g, '')).toMatch(/[\u0600-\u06FF]|^[\s\p{P}\d]*$/u);
  });

  it('is compiled into the site (a missing plugin compiles nothing)', () => {
    expect(m.site_name({}, { locale: 'fr' })).toContain('Tétouan');
    expect(m.site_name({}, { locale: 'ar' })).toContain('تطوان');
    expect(m.results_count({ count: '7' }, { locale: 'fr' })).toContain('7');
  });
});
