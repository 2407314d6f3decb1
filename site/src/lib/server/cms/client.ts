import { error, json } from '@sveltejs/kit';
import type { z } from 'zod';
import { siteEnv } from '../env';
import { toQueryString, type QueryValue } from './query';
import { readCache, type Loaded } from './cache';
import { ownModelOfRoute, recordTag, tagsOfRoute } from './cache-tags';
import { noteTags } from '../page-cache';

/**
 * What went wrong talking to the CMS, in terms a page can act on:
 * - `not-found`: no such (published) record;
 * - `refused`: the CMS refused the query, which comes from what the visitor typed;
 * - `unavailable`: the CMS could not be reached, timed out or failed;
 * - `bad-answer`: it answered something the site does not understand.
 */
export type CmsFailure = 'not-found' | 'refused' | 'unavailable' | 'bad-answer';

export class CmsError extends Error {
  constructor(
    readonly failure: CmsFailure,
    message: string,
  ) {
    super(message);
    this.name = 'CmsError';
  }
}

/**
 * The one mapping from CMS failures to what the visitor gets: a status and the key of the
 * localized error page. Only an unreachable CMS is a 503.
 */
export function httpAnswerOf(e: CmsError): { status: 400 | 404 | 502 | 503; message: string } {
  switch (e.failure) {
    case 'not-found':
      return { status: 404, message: 'not-found' };
    case 'refused':
      return { status: 400, message: 'bad-request' };
    case 'unavailable':
      return { status: 503, message: 'cms' };
    case 'bad-answer':
      return { status: 502, message: 'cms' };
  }
}

/**
 * Failures worth an operator's attention. The site checks what visitors type before it asks the
 * CMS, so a query the CMS refuses means the site and the CMS's allow-lists have drifted apart.
 */
function report(e: CmsError) {
  if (e.failure !== 'not-found') console.error(`[cms] ${e.message}`);
}

type Fetch = typeof fetch;

interface CmsFetchOptions {
  /**
   * Writes only through the CMS's own routes, which check everything they are sent: a resident's
   * comment (comments.ts), an association's account and applications (account.ts, applications.ts).
   */
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  body?: string | FormData;
  /**
   * Whose credentials: by default the site's read token; a person's JWT for their own data
   * (as-user.ts), which must never be mixed with the site's; `null` for none at all.
   */
  bearer?: string | null;
  fetchFn?: Fetch;
  /**
   * 'whole' (API answers): the answer must have arrived within CMS_TIMEOUT_MS. 'headers' (files
   * streamed to the visitor): only the CMS's first answer must, or a slow phone downloading a
   * video would have it cut off halfway.
   */
  timeout?: 'whole' | 'headers';
}

const credentials = (token: string | null | undefined): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

/** A request to the CMS with the site's credentials and timeout; the only place that knows its address. */
export async function cmsFetch(
  path: string,
  { method = 'GET', headers, body, fetchFn, timeout = 'whole', bearer }: CmsFetchOptions = {},
): Promise<Response> {
  const { CMS_URL, CMS_API_TOKEN, CMS_TIMEOUT_MS } = siteEnv();
  const headersOnly = new AbortController();
  const timer =
    timeout === 'headers'
      ? setTimeout(() => headersOnly.abort(new DOMException('The CMS did not answer in time', 'TimeoutError')), CMS_TIMEOUT_MS)
      : undefined;
  try {
    return await (fetchFn ?? fetch)(`${CMS_URL.replace(/\/$/, '')}${path}`, {
      method,
      body,
      headers: { ...credentials(bearer === undefined ? CMS_API_TOKEN : bearer), ...headers },
      // The CMS never redirects the site; a redirect would be someone else's answer.
      redirect: 'manual',
      signal: timeout === 'headers' ? headersOnly.signal : AbortSignal.timeout(CMS_TIMEOUT_MS),
    });
  } catch (e) {
    throw new CmsError('unavailable', `CMS unreachable at ${path}: ${(e as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * GET a path of the CMS's REST API and validate the answer. Callers get typed data or a
 * CmsError, never a raw response. Public reads are kept in the read cache (cache.ts); a read made
 * with a visitor's own token (`bearer`) or of a draft's preview is personal and never is.
 */
export async function cmsGet<S extends z.ZodType>(
  path: string,
  params: Record<string, QueryValue>,
  schema: S,
  fetchFn?: Fetch,
  { bearer }: { bearer?: string } = {},
): Promise<z.infer<S>> {
  const query = toQueryString(params);
  const url = `/api${path}${query ? `?${query}` : ''}`;
  const read = () => readValidated(url, path, schema, fetchFn, bearer);
  const cache = readCache();
  if (!cache || bearer || PERSONAL_READ.test(path)) return (await read()).value;
  const { tags, single } = tagsOfRoute(path);
  const recordTags = (value: unknown) => {
    const own = ownModelOfRoute(path);
    const documentId = (value as { data?: { documentId?: unknown } })?.data?.documentId;
    return single && own && typeof documentId === 'string' ? [recordTag(own, documentId)] : [];
  };
  const value = await cache
    .read(url, tags, async () => {
      const loaded = await read();
      return { ...loaded, tags: recordTags(loaded.value) };
    })
    .catch((e: unknown) => {
      // A page that shows "not there" for a record must go when any record of its type appears.
      const own = ownModelOfRoute(path);
      noteTags(own ? [...tags, own] : tags);
      throw e;
    });
  // The page being rendered depends on what this read depends on (page-cache.ts).
  noteTags([...tags, ...recordTags(value)]);
  return value;
}

/** Reads that are one person's: a signed preview of a draft. */
const PERSONAL_READ = /^\/[^/]+\/preview\//;

async function readValidated<S extends z.ZodType>(
  url: string,
  path: string,
  schema: S,
  fetchFn: Fetch | undefined,
  bearer: string | undefined,
): Promise<Loaded<z.infer<S>>> {
  const headers: Record<string, string> = { accept: 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) };
  const response = await cmsFetch(url, { headers, fetchFn });
  if (response.status === 404) throw new CmsError('not-found', `Not found: ${path}`);
  if (response.status === 400) throw new CmsError('refused', `CMS refused the query for ${path}: ${(await response.text()).slice(0, 300)}`);
  if (!response.ok) {
    throw new CmsError(response.status >= 500 ? 'unavailable' : 'bad-answer', `CMS answered ${response.status} for ${path}`);
  }
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new CmsError(
      'bad-answer',
      `Unexpected CMS answer for ${path}: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')} ${i.message}`)
        .join('; ')}`,
    );
  }
  return { value: parsed.data, size: text.length };
}

/**
 * Reads every page of a capped CMS list, up to `limit` items: the CMS serves at most 100 a page.
 * `read` gets a page number and returns that page's items and how many pages there are.
 */
export async function allPages<T>(read: (page: number) => Promise<{ items: T[]; pageCount: number }>, limit: number): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; out.length < limit; page++) {
    const { items, pageCount } = await read(page);
    out.push(...items);
    if (page >= pageCount || items.length === 0) break;
  }
  return out.slice(0, limit);
}

/** Runs a CMS read for a page: any failure becomes its localized error page, never a stack trace. */
export async function forPage<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (e instanceof CmsError) {
      report(e);
      const { status, message } = httpAnswerOf(e);
      error(status, message);
    }
    throw e;
  }
}

/** The same for an endpoint that answers data (JSON, XML, ICS): the status, a short body, no page. */
export async function forEndpoint(read: () => Promise<Response>): Promise<Response> {
  try {
    return await read();
  } catch (e) {
    if (!(e instanceof CmsError)) throw e;
    report(e);
    const { status, message } = httpAnswerOf(e);
    return json(
      { error: message },
      { status, headers: status >= 500 ? { 'retry-after': '30', 'cache-control': 'no-store' } : { 'cache-control': 'no-store' } },
    );
  }
}
