import { describe, expect, it } from 'vitest';
import { now } from './clock';

describe('the clock', () => {
  it('stops at HUB_CLOCK when it is set', () => {
    expect(now({ HUB_CLOCK: '2026-03-14T09:00:00+00:00' }).toISOString()).toBe('2026-03-14T09:00:00.000Z');
    expect(now({ HUB_CLOCK: '2026-12-05T09:00:00.000+01:00' }).toISOString()).toBe('2026-12-05T08:00:00.000Z');
  });

  it('refuses an instant without an offset, or that is not one', () => {
    expect(() => now({ HUB_CLOCK: '2026-03-14T09:00:00' })).toThrow(/HUB_CLOCK/);
    expect(() => now({ HUB_CLOCK: '2026-03-14' })).toThrow(/HUB_CLOCK/);
    expect(() => now({ HUB_CLOCK: '2026-03-14T09:00+01:00' })).toThrow(/HUB_CLOCK/);
    expect(() => now({ HUB_CLOCK: '2026-02-30T09:00:00Z' })).toThrow(/HUB_CLOCK/);
    expect(() => now({ HUB_CLOCK: 'tomorrow' })).toThrow(/HUB_CLOCK/);
  });

  it('is the real time otherwise', () => {
    const before = Date.now();
    const read = now({}).getTime();
    expect(read).toBeGreaterThanOrEqual(before);
    expect(read).toBeLessThanOrEqual(Date.now());
  });
});
