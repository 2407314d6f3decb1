import { describe, expect, it } from 'vitest';
import { NEEDS } from '$lib/places/needs';
import { needFilter } from './needs-filter';

/**
 * The deepest level the CMS's check reaches in a filter (cms/src/utils/public-query.ts, checkFilters:
 * the root is 0, each item of $and/$or, $not and each field one more; it refuses beyond 8).
 */
function depth(node: unknown, d = 0): number {
  if (!node || typeof node !== 'object') return d;
  return Math.max(
    d,
    ...Object.entries(node as Record<string, unknown>).map(([key, value]) => {
      if (key === '$and' || key === '$or') return Math.max(d, ...(value as unknown[]).map((item) => depth(item, d + 1)));
      if (key === '$not') return depth(value, d + 1);
      return key.startsWith('$') ? d : depth(value, d + 1);
    }),
  );
}

describe('the CMS filter of a need', () => {
  it('stays within what the CMS accepts once inside the list’s $and', () => {
    for (const need of NEEDS) expect(depth({ $and: [needFilter(need)] }), need).toBeLessThanOrEqual(8);
    // The count is the CMS's: a venue fact under $or/$and is already 7 levels down.
    expect(depth({ $and: [{ $or: [{ venue: { accessibility: { x: { $eq: true } } } }] }] })).toBe(5);
  });

  it('weighs the venue for physical needs and only the offer for services', () => {
    const toilet = JSON.stringify(needFilter('accessible-toilet'));
    expect(toilet).toContain('"hasAccessibleToilet":{"$eq":true}');
    expect(toilet).toContain('"hasAccessibleToilet":{"$null":true}');
    expect(needFilter('captions')).toEqual({ $or: [{ accessibility: { captions: { $eq: true } } }] });
  });
});
