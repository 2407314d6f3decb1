import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTERS } from '$lib/events/filters';

const settings = vi.hoisted(() => ({ HUB_CLOCK: undefined as string | undefined }));
vi.mock('./env', () => ({ siteEnv: () => ({ ...settings, CMS_URL: 'http://127.0.0.1:1', CMS_TIMEOUT_MS: 100 }) }));

const { now } = await import('./clock');
const { eventWindow } = await import('./cms/events');

describe('the site clock', () => {
  beforeEach(() => {
    settings.HUB_CLOCK = undefined;
  });

  it('stops at HUB_CLOCK, and lists leave out what ended before that instant', () => {
    settings.HUB_CLOCK = '2026-03-14T09:00:00+00:00';
    expect(now().toISOString()).toBe('2026-03-14T09:00:00.000Z');
    expect(eventWindow({ ...EMPTY_FILTERS, access: [] })).toEqual({ from: '2026-03-14T09:00:00.000Z' });
  });

  it('is the real time without it', () => {
    const before = Date.now();
    const read = now().getTime();
    expect(read).toBeGreaterThanOrEqual(before);
    expect(read).toBeLessThanOrEqual(Date.now());
  });
});
