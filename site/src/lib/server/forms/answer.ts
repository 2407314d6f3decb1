import { fail } from '@sveltejs/kit';
import type { FieldError, FormValues } from '$lib/forms/form';
import type { RateLimit } from '../rate-limit';

/** Passwords are never sent back to the page, even to show the form again. */
const withoutSecrets = (values: FormValues): FormValues =>
  Object.fromEntries(Object.entries(values).filter(([name]) => !/password/i.test(name)));

/** A form sent back with what was typed and why it was refused (GOV.UK error summary). */
export const refuse = (status: number, values: FormValues, errors: FieldError[]) =>
  fail(status, { values: withoutSecrets(values), errors });

/**
 * Counts one try of a visitor against a limit: undefined when allowed, else the refusal to
 * return (429, a clear message beside `field`, never a 500).
 */
export function overLimit(limit: RateLimit, address: string, values: FormValues, field: string) {
  if (limit.allow(address)) return undefined;
  return refuse(429, values, [{ field, key: 'too-many', retryAfter: limit.retryAfter(address) }]);
}
