import { describe, expect, it } from 'vitest';
import type { Problem } from '$lib/lists/problems';
import { pageOrFirst } from './params';

describe('a page of a list', () => {
  const list =
    (pageCount: number, total = pageCount * 10) =>
    async (f: { page: number }) => ({ page: f.page, pageCount, total });

  it('is the page asked for when it exists (the allowed case)', async () => {
    const problems: Problem[] = [];
    expect(await pageOrFirst({ page: 2 }, problems, list(3))).toMatchObject({ page: 2 });
    expect(problems).toEqual([]);
  });

  it('is the first page, said so, when the one asked for is past the end', async () => {
    const problems: Problem[] = [];
    const filters = { page: 9 };
    expect(await pageOrFirst(filters, problems, list(3))).toMatchObject({ page: 1 });
    expect(filters.page).toBe(1);
    expect(problems).toEqual([{ key: 'param_page', values: { value: '9' } }]);
  });

  it('is an empty first page, not a problem, when nothing matches', async () => {
    const problems: Problem[] = [];
    expect(await pageOrFirst({ page: 4 }, problems, list(0, 0))).toMatchObject({ page: 4, total: 0 });
    expect(problems).toEqual([]);
  });
});
