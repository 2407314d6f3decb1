import { error } from '@sveltejs/kit';
import type { z } from 'zod';
import { siteEnv } from '../env';
import { toQueryString, type QueryValue } from './query';

/** What went wrong talking to the CMS, in terms a page can act on. */
export class CmsError extends Error {
  constructor(
    /** 404: no such record; 503: the CMS cannot be reached; 502: it answered something unexpected. */
    readonly status: 404 | 400 | 502 | 503,
    message: string,
  ) {
    super(message);
    this.name = 'CmsError';
  }
}

type Fetch = typeof fetch;

/**
 * GET a path of the CMS's REST API and validate the answer. The only place in the site that
 * knows the CMS's address; callers get typed data or a CmsError, never a raw response.
 */
export async function cmsGet<S extends z.ZodType>(
  path: string,
  params: Record<string, QueryValue>,
  schema: S,
  fetchFn: Fetch = fetch,
): Promise<z.infer<S>> {
  const { CMS_URL, CMS_API_TOKEN, CMS_TIMEOUT_MS } = siteEnv();
  const query = toQueryString(params);
  const url = `${CMS_URL.replace(/\/$/, '')}/api${path}${query ? `?${query}` : ''}`;
  let response: Response;
  try {
    response = await fetchFn(url, {
      headers: {
        accept: 'application/json',
        ...(CMS_API_TOKEN ? { authorization: `Bearer ${CMS_API_TOKEN}` } : {}),
      },
      signal: AbortSignal.timeout(CMS_TIMEOUT_MS),
    });
  } catch (error) {
    throw new CmsError(503, `CMS unreachable at ${path}: ${(error as Error).message}`);
  }
  if (response.status === 404) throw new CmsError(404, `Not found: ${path}`);
  if (response.status === 400) throw new CmsError(400, `CMS refused the query for ${path}: ${await response.text()}`);
  if (!response.ok) throw new CmsError(response.status >= 500 ? 503 : 502, `CMS answered ${response.status} for ${path}`);
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new CmsError(502, `Unexpected CMS answer for ${path}: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/**
 * Runs a CMS read for a page: a missing record becomes the 404 page, an unreachable or
 * confused CMS the 503 page. Either way the visitor gets a localized page, not a stack trace.
 */
export async function forPage<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (e instanceof CmsError) {
      if (e.status === 404) error(404, 'not-found');
      console.error(`[cms] ${e.message}`);
      error(503, 'cms');
    }
    throw e;
  }
}
