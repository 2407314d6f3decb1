import { describe, expect, it } from 'vitest';
import { previewSignature, signPreview, verifyPreview } from './signature';

const secret = 'a-preview-secret-for-tests-only';
const now = new Date('2026-03-15T09:00:00+01:00');
const target = { uid: 'api::event.event', documentId: 'abc123def456ghi789jkl012', locale: 'ar' };
const { expires, signature } = signPreview(target, secret, now);
const e = String(expires);

describe('preview links', () => {
  it('accepts the link it signed, until it expires', () => {
    expect(expires - now.getTime() / 1000).toBe(15 * 60);
    expect(verifyPreview(target, e, signature, secret, now)).toBe(true);
    expect(verifyPreview(target, e, signature, secret, new Date((expires - 1) * 1000))).toBe(true);
    expect(verifyPreview(target, e, signature, secret, new Date(expires * 1000))).toBe(false);
  });

  it('refuses an expired link even when its signature is right', () => {
    const old = signPreview(target, secret, new Date(now.getTime() - 16 * 60_000));
    expect(verifyPreview(target, String(old.expires), old.signature, secret, now)).toBe(false);
    // A later expiry on an old signature is a forgery.
    expect(verifyPreview(target, String(old.expires + 3600), old.signature, secret, now)).toBe(false);
  });

  it('refuses a forged signature, one made with another secret, and malformed values', () => {
    const flipped = (signature[0] === '0' ? '1' : '0') + signature.slice(1);
    expect(verifyPreview(target, e, flipped, secret, now)).toBe(false);
    expect(verifyPreview(target, e, previewSignature(target, expires, 'another-secret-entirely'), secret, now)).toBe(false);
    for (const bad of [undefined, '', signature.toUpperCase(), signature.slice(0, 63), `${signature}00`, [signature]]) {
      expect(verifyPreview(target, e, bad, secret, now)).toBe(false);
    }
    for (const bad of [undefined, '', `${e}.5`, `-${e}`, '1e12', [e]]) {
      expect(verifyPreview(target, bad, signature, secret, now)).toBe(false);
    }
  });

  it('refuses the link for another document, locale or type', () => {
    expect(verifyPreview({ ...target, documentId: 'zzz123def456ghi789jkl012' }, e, signature, secret, now)).toBe(false);
    expect(verifyPreview({ ...target, locale: 'fr' }, e, signature, secret, now)).toBe(false);
    expect(verifyPreview({ ...target, uid: 'api::venue.venue' }, e, signature, secret, now)).toBe(false);
    expect(verifyPreview(target, e, signature, secret, now)).toBe(true);
  });

  it('matches the published algorithm, which the site implements too', () => {
    // HMAC-SHA256 of "api::event.event|doc|fr|1773561600" with the key "k", computed independently (openssl dgst).
    expect(previewSignature({ uid: 'api::event.event', documentId: 'doc', locale: 'fr' }, 1773561600, 'k')).toBe(KNOWN);
  });
});

const KNOWN = '576c8d76fdebfb95dabce388c168b6b6328fbd3cce91d76cb10286e1aa024eba';
