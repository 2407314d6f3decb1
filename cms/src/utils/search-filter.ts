import { foldForSearch } from './search-text';

export const SEARCH_MAX = 200;

/** Where the public-read middleware leaves a list's text search for the controller (utils/public-controller.ts). */
export const SEARCH_STATE = 'hubSearchFilter';

/**
 * The filter of a `?search=`: the text folded with the rules the stored `searchText` was folded
 * with, or, as typed, the named relation fields (['venue', 'name']); each given the same 200
 * characters at most.
 */
export function searchFilter(raw: string, alsoIn: string[][]) {
  const text = raw.slice(0, SEARCH_MAX).trim();
  const folded = foldForSearch(text);
  if (!folded) return undefined;
  const nested = (path: string[], leaf: unknown): Record<string, unknown> =>
    path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), leaf) as Record<string, unknown>;
  return { $or: [{ searchText: { $contains: folded } }, ...alsoIn.map((path) => nested(path, { $containsi: text }))] };
}
