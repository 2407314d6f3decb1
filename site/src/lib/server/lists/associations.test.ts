import { describe, expect, it } from 'vitest';
import { associationFiltersToSearch } from '$lib/associations/filters';
import { Q_MAX } from '$lib/lists/problems';
import { parseAssociationFilters } from './associations';

const parse = (query: string) => parseAssociationFilters(new URLSearchParams(query), ['kouilma', 'jbel-dersa']);

describe('the directory of associations reads its address like every list', () => {
  it('keeps what it can use, and round-trips through its serialiser', () => {
    const { filters, problems } = parse('q=sport&category=disability&neighbourhood=kouilma&page=2');
    expect(problems).toEqual([]);
    expect(filters).toEqual({ q: 'sport', category: 'disability', neighbourhood: 'kouilma', page: 2 });
    expect(parse(associationFiltersToSearch(filters).slice(1)).filters).toEqual(filters);
    expect(associationFiltersToSearch(filters, { page: 1 })).toBe('?q=sport&category=disability&neighbourhood=kouilma');
  });

  it('uses page=01 as page 1 without calling it a problem', () => {
    expect(parse('page=01')).toEqual({ filters: expect.objectContaining({ page: 1 }), problems: [] });
  });

  it('shortens a long search, as the events list does, and says so', () => {
    const { filters, problems } = parse(`q=${'x'.repeat(Q_MAX + 50)}`);
    expect(filters.q).toHaveLength(Q_MAX);
    expect(problems).toEqual([{ key: 'param_q', values: { max: String(Q_MAX) } }]);
  });

  it('drops and reports what it cannot use', () => {
    const { filters, problems } = parse('category=astronauts&neighbourhood=atlantis&page=abc&q=a&q=b');
    expect(filters).toEqual({ q: 'a', category: '', neighbourhood: '', page: 1 });
    expect(problems.map((p) => p.key).sort()).toEqual([
      'param_association_category',
      'param_neighbourhood',
      'param_page',
      'param_repeated',
    ]);
  });
});
