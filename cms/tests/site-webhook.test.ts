import { describe, expect, it } from 'vitest';
import { ensureSiteWebhook, siteWebhookSettings, WEBHOOK_NAME } from '../src/bootstrap/site-webhook';

/**
 * The webhook that tells the site what changed, one per site replica. Strapi's webhook store and
 * runner are stood in for by a map and a set: what is tested is which webhooks the CMS keeps,
 * writes and hands to the runner from its settings, start after start.
 */
function fakeStrapi(initial: { name: string; url: string }[] = []) {
  let next = 1;
  const stored = new Map<number, any>();
  for (const w of initial) stored.set(next, { id: next++, headers: {}, events: [], isEnabled: true, ...w });
  const running = new Map<number, any>();
  const webhookStore = {
    findWebhooks: async () => [...stored.values()].map((w) => ({ ...w })),
    createWebhook: async (data: any) => {
      const w = { id: next++, isEnabled: true, ...data };
      stored.set(w.id, w);
      return { ...w };
    },
    updateWebhook: async (id: number, data: any) => {
      stored.set(id, { ...stored.get(id), ...data });
      return { ...stored.get(id) };
    },
    deleteWebhook: async (id: number) => {
      const w = stored.get(id);
      stored.delete(id);
      return w;
    },
    listAllowedEvents: () => [
      'ENTRY_CREATE',
      'ENTRY_UPDATE',
      'ENTRY_DELETE',
      'ENTRY_PUBLISH',
      'ENTRY_UNPUBLISH',
      'MEDIA_UPDATE',
      'MEDIA_DELETE',
      'MEDIA_CREATE',
    ],
    getAllowedEvent: (key: string) => key.toLowerCase().replace('_', '.'),
  };
  const webhookRunner = {
    add: (w: any) => running.set(w.id, w),
    remove: (w: any) => running.delete(w.id),
  };
  const strapi = { get: (name: string) => ({ webhookStore, webhookRunner })[name] } as any;
  const ours = () => [...stored.values()].filter((w) => w.name.startsWith(WEBHOOK_NAME)).sort((a, b) => a.name.localeCompare(b.name));
  return { strapi, stored, running, ours };
}

const SECRET = 'a-shared-secret-of-24-chars';

describe('the site webhook', () => {
  it('posts to SITE_URL/internal/revalidate by default, with the secret and the content events only', async () => {
    const { strapi, ours, running } = fakeStrapi();
    await ensureSiteWebhook(strapi, { REVALIDATE_SECRET: SECRET, SITE_URL: 'http://site.example/' });
    expect(ours()).toEqual([
      expect.objectContaining({
        name: WEBHOOK_NAME,
        url: 'http://site.example/internal/revalidate',
        headers: { 'x-revalidate-secret': SECRET },
        events: ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish', 'media.update', 'media.delete'],
      }),
    ]);
    expect(running.size).toBe(1);
  });

  it('writes one webhook per replica listed in REVALIDATE_URL, and the same ones again on the next start', async () => {
    const { strapi, ours, running, stored } = fakeStrapi([{ name: 'Someone else’s webhook', url: 'http://elsewhere.example/' }]);
    const env = {
      REVALIDATE_SECRET: SECRET,
      REVALIDATE_URL: 'http://site-1:3000/internal/revalidate, http://site-2:3000/internal/revalidate',
    };
    await ensureSiteWebhook(strapi, env);
    await ensureSiteWebhook(strapi, env);
    expect(ours().map((w) => [w.name, w.url])).toEqual([
      [WEBHOOK_NAME, 'http://site-1:3000/internal/revalidate'],
      [`${WEBHOOK_NAME} 2`, 'http://site-2:3000/internal/revalidate'],
    ]);
    expect(stored.size).toBe(3); // the other webhook stays
    expect(running.size).toBe(2);
  });

  it('removes the webhook of a replica no longer listed, and all of them without a secret', async () => {
    const { strapi, ours, running } = fakeStrapi();
    await ensureSiteWebhook(strapi, { REVALIDATE_SECRET: SECRET, REVALIDATE_URL: 'http://a:3000/r http://b:3000/r http://c:3000/r' });
    expect(ours()).toHaveLength(3);
    await ensureSiteWebhook(strapi, { REVALIDATE_SECRET: SECRET, REVALIDATE_URL: 'http://a:3000/r' });
    expect(ours().map((w) => w.url)).toEqual(['http://a:3000/r']);
    expect(running.size).toBe(1);
    await ensureSiteWebhook(strapi, {});
    expect(ours()).toEqual([]);
    expect(running.size).toBe(0);
  });

  it('refuses a short secret and an address that is not http(s), and lists an address once', () => {
    expect(() => siteWebhookSettings({ REVALIDATE_SECRET: 'short' })).toThrow(/16 characters/);
    expect(() => siteWebhookSettings({ REVALIDATE_SECRET: SECRET, REVALIDATE_URL: 'site:3000/internal/revalidate' })).toThrow(
      /not an http/,
    );
    expect(siteWebhookSettings({ REVALIDATE_SECRET: SECRET, REVALIDATE_URL: 'http://a/r,http://a/r' })?.urls).toEqual(['http://a/r']);
  });
});
