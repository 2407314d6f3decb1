import { describe, expect, it } from 'vitest';
import { dirOf, formatDateTime, formatRange, preferredLocale } from './i18n';

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

  it('writes the end time alone only when an event ends on the day it starts in Tétouan', () => {
    // Same UTC date both times, but 23:30 UTC on 14 February is already the 15th in Tétouan (UTC+1).
    expect(formatRange('2026-02-14T21:00:00Z', '2026-02-14T22:30:00Z', 'fr').end).toBe('23:30');
    expect(formatRange('2026-02-14T22:00:00Z', '2026-02-14T23:30:00Z', 'fr').end).toMatch(/dimanche 15 février 2026.*00:30/);
  });
});
