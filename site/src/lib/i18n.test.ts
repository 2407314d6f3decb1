import { describe, expect, it } from 'vitest';
import { dirOf, endOfLocalDay, formatDateTime, preferredLocale, startOfLocalDay } from './i18n';

describe('locales', () => {
  it('reads Arabic right to left and French left to right', () => {
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('fr')).toBe('ltr');
  });

  it('picks the first supported language of Accept-Language, else Arabic', () => {
    expect(preferredLocale('fr-FR,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(preferredLocale('en-GB,en;q=0.9,ar;q=0.5')).toBe('ar');
    expect(preferredLocale('en;q=1, fr;q=0.2')).toBe('fr');
    expect(preferredLocale('de')).toBe('ar');
    expect(preferredLocale(null)).toBe('ar');
    expect(preferredLocale('fr;q=0, ar;q=0.1')).toBe('ar');
  });

  it('writes dates in Moroccan conventions, in Tétouan time', () => {
    const iso = '2026-12-05T15:00:00Z';
    const ar = formatDateTime(iso, 'ar');
    const fr = formatDateTime(iso, 'fr');
    expect(fr).toMatch(/samedi 5 décembre 2026/);
    expect(fr).toMatch(/16:00/);
    expect(ar).toMatch(/السبت/);
    expect(ar).toMatch(/16:00/);
  });

  it('finds where a local day starts and ends', () => {
    expect(startOfLocalDay('2026-12-05').toISOString()).toBe('2026-12-04T23:00:00.000Z');
    expect(endOfLocalDay('2026-12-31').toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });
});
