import type { Core } from '@strapi/strapi';

/**
 * The site keeps what the CMS answered in memory (site/src/lib/server/cms/cache.ts) and drops it
 * when told that something changed: one Strapi webhook, written on every start from the
 * environment so that the admin panel's Settings → Webhooks cannot leave it pointing elsewhere
 * for long.
 *
 * REVALIDATE_SECRET is shared with the site, which refuses any call without it. The address is
 * REVALIDATE_URL, else SITE_URL's /internal/revalidate (behind a proxy, REVALIDATE_URL should be
 * the site's internal address, which the proxy does not expose). Each site replica keeps its own
 * memory, so REVALIDATE_URL may list several addresses (commas or spaces between them): one
 * webhook per replica, each told of every change. Without a secret the webhooks are removed and
 * the site keeps answers only for seconds.
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

export function siteWebhookSettings(env: NodeJS.ProcessEnv = process.env): { urls: string[]; secret: string } | undefined {
  const secret = env.REVALIDATE_SECRET?.trim();
  if (!secret) return undefined;
  if (secret.length < 16) throw new Error('REVALIDATE_SECRET must be at least 16 characters');
  const listed = (env.REVALIDATE_URL ?? '').split(/[\s,]+/).filter(Boolean);
  const urls = listed.length
    ? [...new Set(listed)]
    : [`${(env.SITE_URL?.trim() || 'http://localhost:3000').replace(/\/$/, '')}/internal/revalidate`];
  for (const url of urls) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      // reported below
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol)) throw new Error(`REVALIDATE_URL: "${url}" is not an http(s) address`);
  }
  return { urls, secret };
}

/** The hub's webhooks are named after this one: the first replica's keeps the plain name. */
const nameFor = (index: number) => (index === 0 ? WEBHOOK_NAME : `${WEBHOOK_NAME} ${index + 1}`);
const isOurs = (w: Webhook) => w.name === WEBHOOK_NAME || w.name.startsWith(`${WEBHOOK_NAME} `);

export async function ensureSiteWebhook(strapi: Pick<Core.Strapi, 'get'>, env: NodeJS.ProcessEnv = process.env) {
  const store = strapi.get('webhookStore') as WebhookStore;
  const runner = strapi.get('webhookRunner') as WebhookRunner;
  const settings = siteWebhookSettings(env);
  const existing = (await store.findWebhooks()).filter(isOurs);
  const wanted = settings?.urls ?? [];
  // Kept: one per wanted address, by name; the rest (an address no longer listed, a duplicate) go.
  const byName = new Map<string, Webhook>();
  for (const w of existing) {
    if (!byName.has(w.name) && wanted.some((_, i) => nameFor(i) === w.name)) byName.set(w.name, w);
    else {
      runner.remove(w);
      await store.deleteWebhook(w.id);
    }
  }
  if (!settings) return;
  const allowed = new Set(store.listAllowedEvents().map((key) => store.getAllowedEvent(key)));
  for (const [i, url] of wanted.entries()) {
    const data = {
      name: nameFor(i),
      url,
      headers: { 'x-revalidate-secret': settings.secret },
      events: WANTED.filter((e) => allowed.has(e)),
      isEnabled: true,
    };
    const kept = byName.get(data.name);
    const saved = kept ? await store.updateWebhook(kept.id, data) : await store.createWebhook(data);
    // The runner loaded the stored webhooks before this ran: give it the current one.
    runner.remove(saved);
    runner.add(saved);
  }
}
