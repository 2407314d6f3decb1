import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';

describe('linkify', () => {
  it('links web addresses and keeps everything else as text, markup included', () => {
    expect(linkify('<b>Voir</b> https://example.org/a?b=1. Merci')).toEqual([
      { text: '<b>Voir</b> ' },
      { text: 'https://example.org/a?b=1', href: 'https://example.org/a?b=1' },
      { text: '. Merci' },
    ]);
  });

  it('never links another scheme', () => {
    expect(linkify('javascript:alert(1) data:text/html,x')).toEqual([{ text: 'javascript:alert(1) data:text/html,x' }]);
  });
});
