/**
 * Locales of the hub and how each one writes dates, numbers and direction. The list is that of
 * project.inlang/settings.json, compiled by Paraglide with the messages of site/messages/{locale}.json;
 * this module holds the rest, one line per locale below.
 */
import { localDate, TIME_ZONE } from './dates';
import { baseLocale, locales, type Locale } from './paraglide/runtime';

export const LOCALES = locales;
export type { Locale };
export const DEFAULT_LOCALE: Locale = baseLocale;

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

interface Writing {
  /** The language's name in itself, for the language switcher. */
  endonym: string;
  dir: 'rtl' | 'ltr';
  /** Moroccan conventions: Gregorian calendar, and in Arabic the digits 0-9 used in Morocco. */
  intl: string;
  /** What separates phrases in a list: "،" in Arabic, "," in French. */
  comma: string;
}

// A locale added to the settings without a line here fails the type check.
const WRITING: Record<Locale, Writing> = {
  ar: { endonym: 'العربية', dir: 'rtl', intl: 'ar-MA', comma: '، ' },
  fr: { endonym: 'Français', dir: 'ltr', intl: 'fr-MA', comma: ', ' },
};

export const dirOf = (locale: Locale) => WRITING[locale].dir;
export const ENDONYMS = Object.fromEntries(LOCALES.map((l) => [l, WRITING[l].endonym])) as Record<Locale, string>;
export const intlLocale = (locale: Locale) => WRITING[locale].intl;

export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

export function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }).format(new Date(iso));
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

/** Joins phrases with the locale's comma. */
export function joinPhrases(parts: string[], locale: Locale): string {
  return parts.filter(Boolean).join(WRITING[locale].comma);
}

/** The first locale of Accept-Language that the hub speaks, else the default one. */
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
