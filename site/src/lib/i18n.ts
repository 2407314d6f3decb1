/**
 * Locales of the hub and how each one writes dates, numbers and direction. Messages live in
 * site/messages/{locale}.json and are compiled by Paraglide; this module holds the rest.
 */
import { localDate, TIME_ZONE } from './dates';

export const LOCALES = ['ar', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ar';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

export const dirOf = (locale: Locale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr');

/** Names of the languages in themselves, for the language switcher. */
export const ENDONYMS: Record<Locale, string> = { ar: 'العربية', fr: 'Français' };

/** Moroccan conventions: Gregorian calendar, and in Arabic the digits 0-9 used in Morocco. */
const INTL_LOCALE: Record<Locale, string> = { ar: 'ar-MA', fr: 'fr-MA' };
export const intlLocale = (locale: Locale) => INTL_LOCALE[locale];

export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
    hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

export function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE })
    .format(new Date(iso));
}

/** "Saturday 6 December, 16:00 to 18:00", or two full dates when an event spans days. */
export function formatRange(startIso: string, endIso: string, locale: Locale): { start: string; end: string } {
  const sameDay = localDate(new Date(startIso)) === localDate(new Date(endIso));
  return {
    start: formatDateTime(startIso, locale),
    end: sameDay ? formatTime(endIso, locale) : formatDateTime(endIso, locale),
  };
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

/** Joins phrases with the locale's comma: "،" in Arabic, "," in French. */
export function joinPhrases(parts: string[], locale: Locale): string {
  return parts.filter(Boolean).join(locale === 'ar' ? '، ' : ', ');
}

/** The first locale of Accept-Language that the hub speaks, else Arabic. */
export function preferredLocale(header: string | null): Locale {
  const ranked = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().toLowerCase().split(';');
      const q = Number(rest.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1);
      return { lang: tag.split('-')[0], q: Number.isFinite(q) ? q : 0 };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  return (ranked.find((x) => (LOCALES as readonly string[]).includes(x.lang))?.lang as Locale) ?? DEFAULT_LOCALE;
}

