/**
 * What every list's filter parser reports about an address it could not fully use. The page says
 * so in the reader's language (components/filter-problems.svelte) and shows what it could read.
 */
export type ProblemKey =
  | 'param_q'
  | 'param_date'
  | 'param_range'
  | 'param_neighbourhood'
  | 'param_category'
  | 'param_association_category'
  | 'param_audience'
  | 'param_access'
  | 'param_page'
  | 'param_free'
  | 'param_signed'
  | 'param_repeated'
  | 'param_grade'
  | 'param_feature'
  | 'param_kind'
  | 'param_works'
  | 'param_needs';

export interface Problem {
  key: ProblemKey;
  values: Record<string, string>;
}

/** The longest text search any list accepts; longer ones are shortened, and the visitor told. */
export const Q_MAX = 200;
/** The last page number any list accepts. */
export const PAGE_MAX = 500;

/** The canonical query string of a set of (name, value) pairs: empty values are left out. */
export function toSearch(pairs: [string, string | number | boolean | readonly string[]][]): string {
  const out = new URLSearchParams();
  for (const [name, value] of pairs) {
    if (Array.isArray(value)) for (const v of value) out.append(name, v);
    else if (value === true) out.set(name, '1');
    else if (value !== false && value !== '' && value !== undefined) out.set(name, String(value));
  }
  const s = out.toString();
  return s ? `?${s}` : '';
}
