import type { FieldError } from '$lib/forms/form';
import { CmsRefusal } from '../cms/as-user';
import { CmsError } from '../cms/client';

/**
 * A CMS refusal as the form's errors: each field the CMS names gets its key beside it (the CMS's
 * field names may be paths such as `proposal.title`: the last part is the form's field), and a
 * refusal about the whole request goes beside the field the form says it is about (`credentials`
 * beside the e-mail address, say). `too-many` carries when to try again.
 */
export function errorsOfRefusal(e: CmsRefusal, fieldOf: Record<string, string> = {}, fallback?: string): FieldError[] {
  const last = (path: string) => path.split('.').pop()!;
  if (e.details.fields && Object.keys(e.details.fields).length) {
    return Object.entries(e.details.fields).map(([path, key]) => ({ field: last(path), key }));
  }
  if (e.key === 'too-many') return [{ field: fieldOf['too-many'] ?? fallback, key: 'too-many', retryAfter: e.details.retryAfter }];
  const field = e.details.field ? last(e.details.field) : (fieldOf[e.key] ?? fallback);
  return [{ field, key: e.key }];
}

/**
 * Runs a form's call to the CMS: its answer, or the errors to show. A refused or expired session
 * (401) is left to the caller (it signs the person out); an unreachable CMS is a form error too,
 * so what was typed is kept on the page.
 */
export async function tryCms<T>(
  call: () => Promise<T>,
  fieldOf: Record<string, string> = {},
  fallback?: string,
): Promise<{ ok: true; value: T } | { ok: false; status: number; errors: FieldError[] }> {
  try {
    return { ok: true, value: await call() };
  } catch (e) {
    if (e instanceof CmsRefusal && e.status !== 401) return { ok: false, status: e.status, errors: errorsOfRefusal(e, fieldOf, fallback) };
    if (e instanceof CmsError) {
      console.error(`[cms] ${e.message}`);
      return { ok: false, status: 503, errors: [{ field: fallback, key: 'unavailable' }] };
    }
    throw e;
  }
}
