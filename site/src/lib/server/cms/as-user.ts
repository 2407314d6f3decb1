import { z } from 'zod';
import { CmsError, cmsFetch } from './client';

/**
 * The CMS's answers to a person's own requests (issue 8 contract): a refusal is not a failure of
 * the CMS but an answer the page shows beside a field, so it has a type of its own. `key` is the
 * CMS's stable machine key (`credentials`, `incomplete`, `file-type`, …), never prose.
 */
export class CmsRefusal extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 409 | 429,
    readonly key: string,
    readonly details: RefusalDetails,
  ) {
    super(`CMS refused: ${status} ${key}`);
    this.name = 'CmsRefusal';
  }
}

const details = z
  .object({
    field: z.string().optional(),
    fields: z.record(z.string(), z.string()).optional(),
    retryAfter: z.number().optional(),
  })
  .catch({});
export type RefusalDetails = z.infer<typeof details>;

const refusal = z.object({
  error: z.object({ message: z.string().min(1).max(100), details: details.optional().nullable() }),
});

const REFUSALS = new Set([400, 401, 404, 409, 429]);

interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** A JSON body, sent as is (the account and application routes take no `data` wrapper). */
  json?: unknown;
  /** A multipart body (an attachment). */
  form?: FormData;
  /** The person's JWT; `null` for the account routes that come before signing in. */
  bearer: string | null;
  fetchFn?: typeof fetch;
}

/**
 * Calls one of the CMS's routes for people (accounts, applications) and validates its answer.
 * Returns the typed answer, or throws a CmsRefusal (the CMS said no, with its reason) or a
 * CmsError (it could not be reached, or answered something the site does not understand).
 */
export async function cmsCall<S extends z.ZodType>(path: string, schema: S, options: CallOptions): Promise<z.infer<S>> {
  const { method = 'GET', json, form, bearer, fetchFn } = options;
  const res = await cmsFetch(`/api${path}`, {
    method,
    bearer,
    fetchFn,
    headers: { accept: 'application/json', ...(json !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: form ?? (json !== undefined ? JSON.stringify(json) : undefined),
  });
  const body = await res.json().catch(() => undefined);
  if (REFUSALS.has(res.status)) {
    const parsed = refusal.safeParse(body);
    // A 404 from a route that does not exist yet has Strapi's own prose: it still means "not yours".
    const key = parsed.success ? parsed.data.error.message : res.status === 404 ? 'not-found' : res.status === 401 ? 'unauthorized' : '';
    if (!key) throw new CmsError('bad-answer', `CMS answered ${res.status} without a key for ${path}`);
    throw new CmsRefusal(res.status as CmsRefusal['status'], key, (parsed.success && parsed.data.error.details) || {});
  }
  if (!res.ok) throw new CmsError(res.status >= 500 ? 'unavailable' : 'bad-answer', `CMS answered ${res.status} for ${path}`);
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    throw new CmsError(
      'bad-answer',
      `Unexpected CMS answer for ${path}: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')} ${i.message}`)
        .join('; ')}`,
    );
  }
  return parsed.data;
}
