import { z } from 'zod';
import { PAGE_MAX, Q_MAX, type Problem } from '$lib/lists/problems';

/** Echoed values are isolated (U+2068…U+2069) so a right-to-left page does not reorder them. */
const isolate = (value: string) => `\u2068${value}\u2069`;
const shown = (value: string) => isolate(value.length > 40 ? `${value.slice(0, 40)}…` : value);

const page = z.coerce.number().int().min(1).max(PAGE_MAX);
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(80);
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '2000-01-01' && s <= '2100-12-31';
  });

/**
 * Reads a list's query string, one parameter at a time, the same way for every list. Nothing
 * here throws: a value that cannot be used is dropped (or, for a long search, shortened) and
 * reported as a Problem, so the page still answers with what it could read.
 */
export function paramReader(params: URLSearchParams) {
  const problems: Problem[] = [];
  const first = (name: string) => {
    const all = params.getAll(name);
    if (all.length > 1) problems.push({ key: 'param_repeated', values: { name } });
    return (all[0] ?? '').trim();
  };
  return {
    problems,
    report: (key: Problem['key'], values: Record<string, string> = {}) => problems.push({ key, values }),
    shown,
    first,
    /** The text search, shortened to Q_MAX characters. */
    query(name = 'q') {
      const q = first(name);
      if (q.length <= Q_MAX) return q;
      problems.push({ key: 'param_q', values: { max: String(Q_MAX) } });
      return q.slice(0, Q_MAX);
    },
    /** A value that must be one of `allowed` (a vocabulary, or the slugs that exist). */
    oneOf<T extends string>(name: string, allowed: (v: string) => v is T, key: Problem['key']): T | '' {
      const value = first(name);
      if (!value) return '';
      if (allowed(value)) return value;
      problems.push({ key, values: { value: shown(value) } });
      return '';
    },
    /** One of the slugs that exist, such as a neighbourhood's. */
    slugIn(name: string, existing: readonly string[], key: Problem['key']): string {
      return this.oneOf(name, (v): v is string => slug.safeParse(v).success && existing.includes(v), key);
    },
    page(name = 'page'): number {
      const value = first(name);
      if (!value) return 1;
      const parsed = page.safeParse(value);
      if (parsed.success) return parsed.data;
      problems.push({ key: 'param_page', values: { value: shown(value) } });
      return 1;
    },
  };
}

/**
 * One page of a list. A page past the end (a shared link to page 9 of a list that shrank) is
 * reported and the first page is shown instead of an empty list.
 */
export async function pageOrFirst<F extends { page: number }, P extends { total: number; pageCount: number }>(
  filters: F,
  problems: Problem[],
  list: (filters: F) => Promise<P>,
): Promise<P> {
  const results = await list(filters);
  if (results.total === 0 || filters.page <= results.pageCount) return results;
  problems.push({ key: 'param_page', values: { value: String(filters.page) } });
  filters.page = 1;
  return list(filters);
}
