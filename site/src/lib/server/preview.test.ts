import { describe, expect, it } from 'vitest';
import { previewSignature, verifyPreview } from './preview';

const secret = 'a-preview-secret-for-tests-only';
const now = new Date('2026-03-15T09:00:00+01:00');
const target = { uid: 'api::event.event', documentId: 'abc123def456ghi789jkl012', locale: 'ar' };
const expires = Math.floor(now.getTime() / 1000) + 15 * 60;
const e = String(expires);
const signature = previewSignature(target, expires, secret);

describe('checking a preview link before asking the CMS', () => {
  it('accepts a link signed for this document and locale, until it expires', () => {
    expect(verifyPreview(target, e, signature, secret, now)).toBe(true);
    expect(verifyPreview(target, e, signature, secret, new Date((expires - 1) * 1000))).toBe(true);
    expect(verifyPreview(target, e, signature, secret, new Date(expires * 1000))).toBe(false);
  });

  it('refuses an expired link, and an old signature given a later expiry', () => {
    const old = expires - 16 * 60;
    const oldSignature = previewSignature(target, old, secret);
    expect(verifyPreview(target, String(old), oldSignature, secret, now)).toBe(false);
    expect(verifyPreview(target, e, oldSignature, secret, now)).toBe(false);
  });

  it('refuses a forged signature, another secret’s, malformed values, and everything when no secret is set', () => {
    const flipped = (signature[0] === '0' ? '1' : '0') + signature.slice(1);
    expect(verifyPreview(target, e, flipped, secret, now)).toBe(false);
    expect(verifyPreview(target, e, previewSignature(target, expires, 'another-secret-entirely'), secret, now)).toBe(false);
    for (const bad of [null, '', signature.toUpperCase(), signature.slice(0, 63), `${signature}00`]) {
      expect(verifyPreview(target, e, bad, secret, now)).toBe(false);
    }
    for (const bad of [null, '', `${e}.5`, `-${e}`, '1e12']) expect(verifyPreview(target, bad, signature, secret, now)).toBe(false);
    expect(verifyPreview(target, e, signature, undefined, now)).toBe(false);
    expect(verifyPreview(target, e, signature, '', now)).toBe(false);
  });

  it('refuses the link for another document, locale or type', () => {
    expect(verifyPreview({ ...target, documentId: 'zzz123def456ghi789jkl012' }, e, signature, secret, now)).toBe(false);
    expect(verifyPreview({ ...target, locale: 'fr' }, e, signature, secret, now)).toBe(false);
    expect(verifyPreview({ ...target, uid: 'api::venue.venue' }, e, signature, secret, now)).toBe(false);
  });

  it('computes the same signature as the CMS (cms/src/preview/signature.test.ts pins the same value)', () => {
    expect(previewSignature({ uid: 'api::event.event', documentId: 'doc', locale: 'fr' }, 1773561600, 'k')).toBe(
      '576c8d76fdebfb95dabce388c168b6b6328fbd3cce91d76cb10286e1aa024eba',
    );
  });
});
