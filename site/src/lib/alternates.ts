import { LOCALES, type Locale } from '$lib/i18n';

/** Where the language switch leads for each locale, and whether that is the same page. */
export type Alternates = Record<Locale, { href: string; samePage: boolean }>;

/** Tells the list page that the visitor came from a page that does not exist in its language. */
export const UNTRANSLATED_PARAM = 'untranslated';

/**
 * The same page in every locale, or, where a record is not published in a locale, the list it
 * belongs to in that locale with a note: never a link to a page that would answer 404.
 * `availableIn` is given by pages of a single record; other pages exist in every locale.
 * `listPath` names that list where it is not the page's parent path (a preview of a draft,
 * `/preview/events/{id}`, belongs to `/events`).
 */
export function alternatesOf(pathname: string, search: string, availableIn?: readonly Locale[], listPath?: string): Alternates {
  const rest = pathname.replace(/^\/[^/]+/, '');
  const list = listPath ?? rest.replace(/\/[^/]+$/, '');
  return Object.fromEntries(
    LOCALES.map((l) => [
      l,
      !availableIn || availableIn.includes(l)
        ? { href: `/${l}${rest}${search}`, samePage: true }
        : { href: `/${l}${list}?${UNTRANSLATED_PARAM}=1`, samePage: false },
    ]),
  ) as Alternates;
}
