import { describe, expect, it } from 'vitest';
import { isPersonalPath } from './personal';

describe('pages with personal data', () => {
  it('are the account pages and the application pages, in every locale', () => {
    for (const path of [
      '/ar/account',
      '/fr/account/sign-in',
      '/ar/account/reset',
      '/fr/calls/ami-2026/apply',
      '/ar/calls/x/apply/documents',
      '/ar/calls/x/apply/receipt',
    ])
      expect(isPersonalPath(path), path).toBe(true);
  });

  it('are not the public calls pages, nor anything that only looks like them', () => {
    for (const path of ['/ar/calls', '/fr/calls/ami-2026', '/fr/accounts', '/ar/calls/x/applying', '/ar/events/account', '/sitemap.xml'])
      expect(isPersonalPath(path), path).toBe(false);
  });
});
