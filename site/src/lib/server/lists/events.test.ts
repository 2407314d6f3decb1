import { describe, expect, it } from 'vitest';
import { filtersToSearch, Q_MAX } from '$lib/events/filters';
import { parseEventFilters } from './events';

const KNOWN = ['kouilma', 'samsa', 'medina'];
const parse = (qs: string) => parseEventFilters(new URLSearchParams(qs), KNOWN);

describe('event filters from the address', () => {
  it('reads every filter of a shared address', () => {
    const { filters, problems } = parse(
      'q=football&neighbourhood=kouilma&category=sport&audience=women&access=wheelchair&access=sign-language&from=2026-12-01&to=2026-12-31&free=1&signed=1&page=2',
    );
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      q: 'football',
      neighbourhood: 'kouilma',
      category: 'sport',
      audience: 'women',
      access: ['wheelchair', 'sign-language'],
      from: '2026-12-01',
      to: '2026-12-31',
      free: true,
      signed: true,
      page: 2,
      // The needs come from the visitor's cookie, never from the address.
      needs: [],
      needsOff: false,
    });
    expect(filtersToSearch(filters)).toBe(
      '?q=football&neighbourhood=kouilma&category=sport&audience=women&access=wheelchair&access=sign-language&from=2026-12-01&to=2026-12-31&free=1&signed=1&page=2',
    );
  });

  it('reads needs=off, and nothing else, for the access-needs profile', () => {
    expect(parse('needs=off').filters).toMatchObject({ needs: [], needsOff: true });
    expect(filtersToSearch(parse('needs=off&page=2').filters)).toBe('?page=2&needs=off');
    const { filters, problems } = parse('needs=step-free');
    expect(filters).toMatchObject({ needs: [], needsOff: false });
    expect(problems.map((p) => p.key)).toEqual(['param_needs']);
  });

  it('drops what it cannot use and says why, keeping the rest', () => {
    const { filters, problems } = parse(
      'neighbourhood=atlantis&from=2026-13-45&to=31/12/2026&page=abc&category=opera&audience=aliens&access=teleport&access=captions&free=maybe&signed=yes',
    );
    expect(filters).toMatchObject({
      neighbourhood: '',
      from: '',
      to: '',
      page: 1,
      category: '',
      audience: '',
      access: ['captions'],
      free: false,
      signed: false,
    });
    expect(problems.map((p) => p.key).sort()).toEqual(
      [
        'param_access',
        'param_audience',
        'param_category',
        'param_date',
        'param_date',
        'param_free',
        'param_neighbourhood',
        'param_page',
        'param_signed',
      ].sort(),
    );
  });

  it.each(['0', '-3', '1e9', '99999999999', '2.5', ' ', 'NaN'])('refuses page %j', (page) => {
    const { filters, problems } = parse(`page=${encodeURIComponent(page)}`);
    expect(filters.page).toBe(1);
    if (page.trim()) expect(problems.map((p) => p.key)).toEqual(['param_page']);
  });

  it('shortens 2,000 characters of text to the maximum and says so', () => {
    const { filters, problems } = parse(`q=${'ب'.repeat(2000)}`);
    expect(filters.q).toHaveLength(Q_MAX);
    expect(problems).toEqual([{ key: 'param_q', values: { max: String(Q_MAX) } }]);
  });

  it('uses the first of a repeated parameter and ignores unknown ones', () => {
    const { filters, problems } = parse('neighbourhood=samsa&neighbourhood=kouilma&utm_source=sms&foo=bar');
    expect(filters.neighbourhood).toBe('samsa');
    expect(problems).toEqual([{ key: 'param_repeated', values: { name: 'neighbourhood' } }]);
  });

  it('refuses a range that ends before it starts, and impossible calendar dates', () => {
    expect(parse('from=2026-12-31&to=2026-12-01').problems.map((p) => p.key)).toEqual(['param_range']);
    expect(parse('from=2026-02-30').problems.map((p) => p.key)).toEqual(['param_date']);
    expect(parse('from=2026-02-28').filters.from).toBe('2026-02-28');
  });

  it('isolates echoed values so that a right-to-left page does not reorder them', () => {
    const { problems } = parse('from=2026-99-99');
    expect(problems[0].values.value).toBe('\u20682026-99-99\u2069');
  });
});
