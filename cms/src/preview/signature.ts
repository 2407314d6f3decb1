import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed preview links. The admin panel's preview handler (config/admin.ts) signs a link to the
 * site; the site checks it before asking the CMS, and the CMS checks it again before serving the
 * draft, so neither side trusts the other's check. The site implements the same algorithm in
 * site/src/lib/server/preview.ts; change both together.
 *
 * signature = HMAC-SHA256(PREVIEW_SECRET, "uid|documentId|locale|expires"), lower-case hex;
 * expires   = Unix time in seconds after which the link is refused.
 */
export interface PreviewTarget {
  uid: string;
  documentId: string;
  locale: string;
}

/** Long enough to read a draft and share it with a colleague; short enough that a leaked link dies soon. */
export const PREVIEW_TTL_SECONDS = 15 * 60;

const HEX_SHA256 = /^[0-9a-f]{64}$/;

export function previewSignature(target: PreviewTarget, expires: number, secret: string): string {
  return createHmac('sha256', secret)
    .update([target.uid, target.documentId, target.locale, String(expires)].join('|'))
    .digest('hex');
}

export function signPreview(target: PreviewTarget, secret: string, now: Date, ttlSeconds = PREVIEW_TTL_SECONDS) {
  const expires = Math.floor(now.getTime() / 1000) + ttlSeconds;
  return { expires, signature: previewSignature(target, expires, secret) };
}

/**
 * Whether a link's `expires` and `signature` (as received, untrusted strings) were signed for this
 * target and have not expired by `now`. The comparison takes the same time whatever the bytes.
 */
export function verifyPreview(target: PreviewTarget, expires: unknown, signature: unknown, secret: string, now: Date): boolean {
  if (typeof expires !== 'string' || !/^\d{1,12}$/.test(expires)) return false;
  if (typeof signature !== 'string' || !HEX_SHA256.test(signature)) return false;
  const expiresAt = Number(expires);
  if (expiresAt * 1000 <= now.getTime()) return false;
  const expected = Buffer.from(previewSignature(target, expiresAt, secret), 'hex');
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}
