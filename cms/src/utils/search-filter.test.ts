import { describe, expect, it } from 'vitest';
import { SEARCH_MAX, searchFilter } from './search-filter';

describe('a text search', () => {
  it('gives both halves of the search, folded text and venue names, the same 200 characters at most', () => {
    const long = `Théâtre ${'x'.repeat(2000)}`;
    const filter = searchFilter(long, [['venue', 'name']]) as any;
    const folded = filter.$or[0].searchText.$contains as string;
    const venue = filter.$or[1].venue.name.$containsi as string;
    expect(folded.length).toBeLessThanOrEqual(SEARCH_MAX);
    expect(venue.length).toBeLessThanOrEqual(SEARCH_MAX);
    expect(folded.startsWith('theatre x')).toBe(true);
    expect(venue.startsWith('Théâtre x')).toBe(true);
  });

  it('searches the text as typed when it is short, and nothing when it folds to nothing', () => {
    expect(searchFilter('  Salle Kouilma ', [['venue', 'name']])).toEqual({
      $or: [{ searchText: { $contains: 'salle kouilma' } }, { venue: { name: { $containsi: 'Salle Kouilma' } } }],
    });
    expect(searchFilter('\u064b\u064c  ', [])).toBeUndefined();
  });
});
