import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KNOWN_ERROR_KEYS } from './errors';

/** The error keys the CMS⇄site contract of issue 8 lists; the site must say each in every locale. */
const CONTRACT_KEYS = [
  'email-invalid',
  'password-weak',
  'password-mismatch',
  'name-missing',
  'name-too-long',
  'category-invalid',
  'locale-invalid',
  'token-invalid',
  'credentials',
  'not-confirmed',
  'blocked',
  'too-many',
  'deadline-passed',
  'not-open-yet',
  'call-closed',
  'not-verified',
  'verified-locked',
  'already-submitted',
  'not-editable',
  'incomplete',
  'file-type',
  'file-too-large',
  'too-many-files',
  'file-missing',
  'document-unknown',
  'required',
  'too-long',
  'too-short',
  'invalid',
  'not-found',
];

describe('the error keys of the CMS', () => {
  it('each has a message of its own', () => {
    expect(CONTRACT_KEYS.filter((k) => !KNOWN_ERROR_KEYS.includes(k))).toEqual([]);
  });

  it('each message exists, different, in every locale', () => {
    const catalogue = (l: string) => JSON.parse(readFileSync(new URL(`../../../messages/${l}.json`, import.meta.url), 'utf8'));
    const [ar, fr] = [catalogue('ar'), catalogue('fr')];
    for (const key of KNOWN_ERROR_KEYS.filter((k) => k !== 'locale-invalid')) {
      const name = `form_error_${key.replaceAll('-', '_')}`;
      expect(ar[name], name).toBeTruthy();
      expect(fr[name], name).toBeTruthy();
      expect(ar[name]).not.toBe(fr[name]);
    }
  });
});
