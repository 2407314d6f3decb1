import { describe, expect, it, vi } from 'vitest';
import { CmsRefusal } from '../cms/as-user';
import { CmsError } from '../cms/client';
import { REFRESH_MARGIN_MS, refreshOnce, resolveSession } from './session';

const NOW = 1_800_000_000_000;
const fresh = (n: number) => ({ jwt: `jwt-${n}`, refreshToken: `refresh-${n}`, expiresAt: new Date(NOW + 30 * 60_000).toISOString() });

describe('the session held in the cookies', () => {
  it('uses a JWT that has time left, without asking the CMS', async () => {
    const refresh = vi.fn();
    const out = await resolveSession({ jwt: 'a', expiresAt: NOW + REFRESH_MARGIN_MS + 1000, refreshToken: 'r1' }, NOW, refresh);
    expect(out).toEqual({ session: { jwt: 'a' } });
    expect(refresh).not.toHaveBeenCalled();
  });

  it('refreshes a JWT about to expire, or expired, and hands back the rotated tokens to store', async () => {
    const refresh = vi.fn(async () => fresh(2));
    const soon = await resolveSession({ jwt: 'a', expiresAt: NOW + 60_000, refreshToken: 'r-soon' }, NOW, refresh);
    expect(soon).toEqual({ session: { jwt: 'jwt-2' }, write: fresh(2) });
    const gone = await resolveSession({ refreshToken: 'r-gone' }, NOW, refresh);
    expect(gone.session).toEqual({ jwt: 'jwt-2' });
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('signs out cleanly when the CMS refuses the refresh (revoked, expired, reset password)', async () => {
    const refresh = vi.fn(async () => {
      throw new CmsRefusal(401, 'unauthorized', {});
    });
    expect(await resolveSession({ jwt: 'a', expiresAt: NOW + 60_000, refreshToken: 'r-revoked' }, NOW, refresh)).toEqual({
      session: null,
      clear: true,
    });
  });

  it('keeps a still-valid JWT when the CMS cannot be reached, and lets the page fail when it has expired', async () => {
    const down = vi.fn(async () => {
      throw new CmsError('unavailable', 'down');
    });
    expect(await resolveSession({ jwt: 'a', expiresAt: NOW + 60_000, refreshToken: 'r-down-1' }, NOW, down)).toEqual({
      session: { jwt: 'a' },
    });
    await expect(resolveSession({ jwt: 'a', expiresAt: NOW - 1, refreshToken: 'r-down-2' }, NOW, down)).rejects.toBeInstanceOf(CmsError);
  });

  it('is signed out with no cookies, and clears an expired JWT that has no refresh token', async () => {
    const refresh = vi.fn();
    expect(await resolveSession({}, NOW, refresh)).toEqual({ session: null });
    expect(await resolveSession({ jwt: 'a', expiresAt: NOW - 1 }, NOW, refresh)).toEqual({ session: null, clear: true });
    expect(refresh).not.toHaveBeenCalled();
  });

  it('refreshes one token once, even for requests that arrive together (the token rotates)', async () => {
    let calls = 0;
    const refresh = async () => {
      calls += 1;
      await new Promise((r) => setTimeout(r, 5));
      return fresh(3);
    };
    const both = await Promise.all([refreshOnce('r-race', refresh), refreshOnce('r-race', refresh)]);
    expect(both).toEqual([fresh(3), fresh(3)]);
    // Presented again a moment later (a request that left before the cookies were updated).
    expect(await refreshOnce('r-race', refresh)).toEqual(fresh(3));
    expect(calls).toBe(1);
  });
});
