import { env as raw } from '$env/dynamic/private';
import { z } from 'zod';
import { parsePeers } from './cms/peers';

/** Every setting the site's server reads, validated once; see README.md, Configuration. */
const schema = z.object({
  CMS_URL: z.url().default('http://127.0.0.1:1337'),
  CMS_API_TOKEN: z.string().min(16).optional(),
  CMS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(8000),
  /** An XYZ tile template such as https://tiles.example.org/{z}/{x}/{y}.png; empty means no tiles. */
  MAP_TILE_URL: z
    .string()
    .regex(/^https:\/\/[^\s]*\{z\}[^\s]*\{x\}[^\s]*\{y\}/, 'MAP_TILE_URL must be an https URL with {z}, {x} and {y}')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  MAP_TILE_ATTRIBUTION: z.string().max(300).default(''),
  ORIGIN: z.url().optional(),
  /**
   * The admin panel's address: it shows previews of drafts in a frame, which every other page
   * refuses (svelte.config.js, frame-ancestors 'none'). Unset: previews open only in their own tab.
   */
  ADMIN_ORIGIN: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /**
   * Shared with the CMS, which signs preview links with it. Optional: the public site must not go
   * down for want of an editors' convenience, so without it the site boots and every preview link
   * is a 404 (src/lib/server/preview.ts). Set, it must be as strong as the CMS requires.
   */
  PREVIEW_SECRET: z
    .string()
    .min(16, 'PREVIEW_SECRET must be at least 16 characters, like the CMS’s secrets')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /**
   * Shared with the CMS, whose webhook tells the site what changed (routes/internal/revalidate).
   * Without it the site still caches the CMS's answers, but only for seconds (cms/cache.ts).
   */
  REVALIDATE_SECRET: z
    .string()
    .min(16, 'REVALIDATE_SECRET must be at least 16 characters, like the CMS’s secrets')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /**
   * host:port of a name that resolves to every replica of the site (docker compose: `site:3000`):
   * the replica that hears the CMS's webhook tells the others (lib/server/cms/peers.ts).
   */
  REVALIDATE_PEERS: z
    .string()
    .refine((v) => parsePeers(v) !== undefined, 'REVALIDATE_PEERS must be host:port, such as site:3000')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** liblouis's translator (Debian's liblouis-bin), which makes the braille files; see lib/server/braille. */
  LOU_TRANSLATE: z.string().min(1).default('lou_translate'),
  /** For tests and demos only: a fixed "now", such as 2026-03-14T09:00:00+01:00; see clock.ts. */
  HUB_CLOCK: z.iso
    .datetime({ offset: true })
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export type SiteEnv = z.infer<typeof schema>;

let cached: SiteEnv | undefined;

export function siteEnv(): SiteEnv {
  if (!cached) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      throw new Error(`Invalid site configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    cached = parsed.data;
  }
  return cached;
}
