import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed preview links, checked by the site before it asks the CMS for a draft. The same algorithm
 * as the CMS's src/preview/signature.ts, which signs the links and checks them again itself;
 * change both together (each workspace's test pins the same known signature):
 *
 * signature = HMAC-SHA256(PREVIEW_SECRET, "uid|documentId|locale|expires"), lower-case hex;
 * expires   = Unix time in seconds after which the link is refused.
 */
export interface PreviewTarget {
  uid: string;
  documentId: string;
  locale: string;
}

/** The CMS type behind each previewable kind of page. */
export const PREVIEW_UID = { events: 'api::event.event' } as const;

const HEX_SHA256 = /^[0-9a-f]{64}$/;

export function previewSignature(target: PreviewTarget, expires: number, secret: string): string {
  return createHmac('sha256', secret)
    .update([target.uid, target.documentId, target.locale, String(expires)].join('|'))
    .digest('hex');
}

/**
 * Whether a link's `expires` and `signature` (untrusted, as received) were signed for this target
 * with this secret and have not expired by `now`. Without a secret nothing is valid. The comparison
 * takes the same time whatever the bytes.
 */
export function verifyPreview(
  target: PreviewTarget,
  expires: string | null,
  signature: string | null,
  secret: string | undefined,
  now: Date,
) {
  if (!secret) return false;
  if (!expires || !/^\d{1,12}$/.test(expires)) return false;
  if (!signature || !HEX_SHA256.test(signature)) return false;
  const expiresAt = Number(expires);
  if (expiresAt * 1000 <= now.getTime()) return false;
  return timingSafeEqual(Buffer.from(previewSignature(target, expiresAt, secret), 'hex'), Buffer.from(signature, 'hex'));
}
