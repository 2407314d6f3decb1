import type { Core } from '@strapi/strapi';

/**
 * The site keeps what the CMS answered in memory (site/src/lib/server/cms/cache.ts) and drops it
 * when told that something changed: one Strapi webhook, written on every start from the
 * environment so that the admin panel's Settings → Webhooks cannot leave it pointing elsewhere
 * for long.
 *
 * REVALIDATE_SECRET is shared with the site, which refuses any call without it. The address is
 * REVALIDATE_URL, else SITE_URL's /internal/revalidate (behind a proxy, REVALIDATE_URL should be
 * the site's internal address, which the proxy does not expose). Without a secret the webhook is
 * removed and the site keeps answers only for seconds.
 */
export const WEBHOOK_NAME = 'Site cache (hub)';

// Media changes too: an image's alternative text is shown on the pages that use it.
const WANTED = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish', 'media.update', 'media.delete'];

interface Webhook {
  id: string | number;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

interface WebhookStore {
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(data: Omit<Webhook, 'id' | 'isEnabled'>): Promise<Webhook>;
  updateWebhook(id: Webhook['id'], data: Partial<Webhook>): Promise<Webhook>;
  deleteWebhook(id: Webhook['id']): Promise<Webhook>;
  listAllowedEvents(): string[];
  getAllowedEvent(key: string): string;
}

interface WebhookRunner {
  add(webhook: Webhook): void;
  remove(webhook: Webhook): void;
}

export function siteWebhookSettings(env: NodeJS.ProcessEnv = process.env): { url: string; secret: string } | undefined {
  const secret = env.REVALIDATE_SECRET?.trim();
  if (!secret) return undefined;
  if (secret.length < 16) throw new Error('REVALIDATE_SECRET must be at least 16 characters');
  const url = env.REVALIDATE_URL?.trim() || `${(env.SITE_URL?.trim() || 'http://localhost:3000').replace(/\/$/, '')}/internal/revalidate`;
  return { url, secret };
}

export async function ensureSiteWebhook(strapi: Core.Strapi) {
  const store = strapi.get('webhookStore') as WebhookStore;
  const runner = strapi.get('webhookRunner') as WebhookRunner;
  const settings = siteWebhookSettings();
  const existing = (await store.findWebhooks()).filter((w) => w.name === WEBHOOK_NAME);
  const [kept, ...extra] = existing;
  for (const w of settings ? extra : existing) {
    runner.remove(w);
    await store.deleteWebhook(w.id);
  }
  if (!settings) return;
  const allowed = new Set(store.listAllowedEvents().map((key) => store.getAllowedEvent(key)));
  const data = {
    name: WEBHOOK_NAME,
    url: settings.url,
    headers: { 'x-revalidate-secret': settings.secret },
    events: WANTED.filter((e) => allowed.has(e)),
    isEnabled: true,
  };
  const saved = kept ? await store.updateWebhook(kept.id, data) : await store.createWebhook(data);
  // The runner loaded the stored webhooks before this ran: give it the current one.
  runner.remove(saved);
  runner.add(saved);
}
