import { describe, expect, it } from 'vitest';
import { rateLimit } from './rate-limit';

describe('a limit per visitor address', () => {
  it('allows `max` tries in the window, refuses the next and says when to come back', () => {
    const limit = rateLimit({ max: 3, windowMs: 60_000 });
    expect([0, 1000, 2000].map((t) => limit.allow('a', t))).toEqual([true, true, true]);
    expect(limit.allow('a', 3000)).toBe(false);
    // The first try leaves the window at 60 000: from 3 000, that is 57 s.
    expect(limit.retryAfter('a', 3000)).toBe(57);
    expect(limit.allow('b', 3000)).toBe(true);
    expect(limit.retryAfter('b', 3000)).toBe(0);
  });

  it('slides: a try leaves the window once it is older than it, refused tries are not counted', () => {
    const limit = rateLimit({ max: 2, windowMs: 10_000 });
    limit.allow('a', 0);
    limit.allow('a', 5000);
    for (let t = 6000; t < 10_000; t += 1000) expect(limit.allow('a', t)).toBe(false);
    expect(limit.allow('a', 10_000)).toBe(true);
    expect(limit.allow('a', 14_000)).toBe(false);
    expect(limit.allow('a', 15_000)).toBe(true);
  });

  it('stays bounded, forgetting the addresses seen least recently', () => {
    const limit = rateLimit({ max: 1, windowMs: 60_000, maxKeys: 2 });
    limit.allow('a', 0);
    limit.allow('b', 0);
    limit.allow('a', 1); // refused, but a is now the most recent
    limit.allow('c', 2); // b goes
    expect(limit.allow('a', 3)).toBe(false);
    expect(limit.allow('b', 3)).toBe(true);
  });
});
