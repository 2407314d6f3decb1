import { z } from 'zod';

/**
 * The building blocks of the hub's form schemas, with the CMS's limits and the contract's error
 * keys as messages. Form fields arrive as strings; empty optional fields stay empty strings.
 */
const length = (s: string) => [...s].length;

/** Trims, folds Windows line ends, and checks the length in characters (not UTF-16 units). */
export const text = ({ max, min = 0, required = false }: { max: number; min?: number; required?: boolean }) =>
  z
    .string()
    .transform((s) => s.replace(/\r\n?/g, '\n').trim())
    .superRefine((s, ctx) => {
      if (!s) {
        if (required) ctx.addIssue({ code: 'custom', message: 'required' });
      } else if (length(s) < min) ctx.addIssue({ code: 'custom', message: 'too-short' });
      else if (length(s) > max) ctx.addIssue({ code: 'custom', message: 'too-long' });
    });

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'email-invalid' }).max(254, { error: 'email-invalid' }));

export const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.union([z.literal(''), z.email({ error: 'email-invalid' }).max(254, { error: 'email-invalid' })], { error: 'email-invalid' }));

/** The CMS's rule (contract): at least 10 characters, not all of one kind (letters, digits, others). */
export const PASSWORD_MIN = 10;
export const newPassword = z.string().superRefine((s, ctx) => {
  const kinds = [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((k) => k.test(s)).length;
  if (!s) ctx.addIssue({ code: 'custom', message: 'required' });
  else if (length(s) < PASSWORD_MIN || kinds < 2) ctx.addIssue({ code: 'custom', message: 'password-weak' });
});

/** As the CMS checks it: digits and spaces, an optional leading +, 6 to 20 characters. */
export const phone = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s+/g, ' '))
  .refine((s) => s === '' || /^\+?[0-9 ]{6,20}$/.test(s), { message: 'invalid' });

/** YYYY-MM-DD as a date input sends it, or empty. */
export const optionalDate = z
  .string()
  .trim()
  .refine((s) => s === '' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s))), { message: 'invalid' });

/** Several choices among a known list (checkboxes): anything else is refused, not dropped. */
export const choices = (allowed: readonly string[], { required = false } = {}) =>
  z
    .array(z.string())
    .refine((list) => list.every((v) => allowed.includes(v)), { message: 'invalid' })
    .refine((list) => !required || list.length > 0, { message: 'required' })
    .transform((list) => [...new Set(list)]);

export const oneOf = (allowed: readonly string[], message = 'invalid') => z.string().refine((v) => allowed.includes(v), { message });
