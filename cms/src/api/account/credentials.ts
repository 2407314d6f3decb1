import { createHash, randomBytes } from 'node:crypto';
import { LOCALE_CODES } from '../../locales';
import { invalidFields } from '../../utils/refusal';

/** An address as typed, trimmed and lower-cased: one account per mailbox, however it is capitalised. */
export function readEmail(value: unknown): string {
  const email = typeof value === 'string' ? value.trim().toLowerCase() : '';
  // Deliberately loose: the confirmation e-mail is the real check.
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw invalidFields({ email: 'email-invalid' });
  return email;
}

export const PASSWORD = { min: 10, max: 200 } as const;

/**
 * Long rather than clever: at least ten characters mixing two kinds among letters (any script),
 * digits and other signs, so "aaaaaaaaaa" and "1234567890" are refused and an Arabic passphrase is
 * welcome. bcrypt reads 72 bytes; 200 characters leaves room for long passphrases.
 */
export function readPassword(value: unknown, field = 'password'): string {
  const password = typeof value === 'string' ? value : '';
  const kinds = [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(password)).length;
  if ([...password].length < PASSWORD.min || [...password].length > PASSWORD.max || kinds < 2 || new Set(password).size < 4) {
    throw invalidFields({ [field]: 'password-weak' });
  }
  return password;
}

export function readLocale(value: unknown): string {
  if (typeof value !== 'string' || !LOCALE_CODES.includes(value)) throw invalidFields({ locale: 'locale-invalid' });
  return value;
}

/** A token for a link in an e-mail; only its hash is stored, so a copy of the database opens nothing. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Tokens in links are 43 base64url characters; anything else is refused before any lookup. */
export const looksLikeToken = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
