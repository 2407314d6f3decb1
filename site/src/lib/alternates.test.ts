import { describe, expect, it } from 'vitest';
import { alternatesOf } from './alternates';

describe('links to the other languages of a page', () => {
  it('are the same page where it exists in every locale', () => {
    expect(alternatesOf('/ar/events', '?category=sport')).toEqual({
      ar: { href: '/ar/events?category=sport', samePage: true },
      fr: { href: '/fr/events?category=sport', samePage: true },
    });
  });

  it('lead to the list, with a note, where a record is not published in that locale', () => {
    expect(alternatesOf('/fr/events/concert-kouilma', '', ['fr'])).toEqual({
      ar: { href: '/ar/events?untranslated=1', samePage: false },
      fr: { href: '/fr/events/concert-kouilma', samePage: true },
    });
    expect(alternatesOf('/ar/associations/club', '', ['ar', 'fr']).fr).toEqual({ href: '/fr/associations/club', samePage: true });
  });

  it('lead a preview, signed for its own locale only, to the list it belongs to', () => {
    expect(alternatesOf('/ar/preview/events/abc', '?expires=1&signature=f', ['ar'], '/events')).toEqual({
      ar: { href: '/ar/preview/events/abc?expires=1&signature=f', samePage: true },
      fr: { href: '/fr/events?untranslated=1', samePage: false },
    });
  });
});
