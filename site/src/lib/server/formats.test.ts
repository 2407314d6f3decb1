import { describe, expect, it } from 'vitest';
import { readFormats, returnPath } from './formats';

const jar = (value?: string) => ({ get: () => value });

describe('the visitor’s format preferences', () => {
  it('reads "sign language first" from its cookie and nothing else', () => {
    expect(readFormats(jar('sign-first'))).toEqual({ signFirst: true });
    expect(readFormats(jar())).toEqual({ signFirst: false });
    expect(readFormats(jar('sign-firstx.other'))).toEqual({ signFirst: false });
  });

  it('goes back only to a page of this site', () => {
    expect(returnPath('/fr/events/boccia', 'fr')).toBe('/fr/events/boccia');
    expect(returnPath('/ar/events?signed=1', 'ar')).toBe('/ar/events?signed=1');
    for (const bad of ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', '/xx/events', 42, undefined]) {
      expect(returnPath(bad, 'fr')).toBe('/fr/formats');
    }
  });
});
