import { cachePolicy, notModified, PERSONAL_CACHE_CONTROL, PUBLIC_CACHE_CONTROL, type CachePolicy, type Exchange } from './http-cache';
import { encodedBody, type Encoding, type RenderedPage } from './page-cache';

/**
 * The last step of every answer (hooks.server.ts): who may keep it, its ETag and 304, and its
 * compression. adapter-node serves the built files precompressed but compresses nothing it
 * renders; a resident on paid mobile data should not pay for that, with or without the proxy.
 */

const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml|geo\+json|javascript|ld\+json)|image\/svg\+xml)/;
// Below this a compressed answer is barely smaller, and the headers cost more than they save.
const MIN_COMPRESS_BYTES = 1024;

/** The encoding to send: brotli where the browser takes it, else gzip, else none. */
export function negotiate(acceptEncoding: string | null): Encoding | undefined {
  const offered = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    offered.set(name.trim(), q ? Number(q.slice(2)) : 1);
  }
  const ok = (name: string) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return undefined;
}

export type Request0 = Pick<Exchange, 'method' | 'pathname' | 'routeId' | 'cookie' | 'authorization'>;

export const policyOf = (request: Request0, page: Pick<RenderedPage, 'status' | 'headers'>): CachePolicy =>
  cachePolicy({ ...request, status: page.status, setsCookie: page.headers.some(([k]) => k.toLowerCase() === 'set-cookie') });

/** Turns a rendered answer into what is sent to this visitor. */
export async function send(request: Request, page: RenderedPage, policy: CachePolicy): Promise<Response> {
  const headers = new Headers(page.headers);
  if (policy === 'public') {
    headers.set('cache-control', PUBLIC_CACHE_CONTROL);
    headers.set('etag', page.etag);
  } else {
    // A preview's own `no-store` (hooks.server.ts) stays as it is; everything else personal gets both words.
    if (!/no-store/.test(headers.get('cache-control') ?? '')) headers.set('cache-control', PERSONAL_CACHE_CONTROL);
    headers.delete('etag');
  }
  const type = headers.get('content-type') ?? '';
  const compressible = COMPRESSIBLE.test(type) && !headers.has('content-encoding') && page.body.byteLength >= MIN_COMPRESS_BYTES;
  if (compressible) headers.append('vary', 'Accept-Encoding');

  if (policy === 'public' && notModified(request.headers.get('if-none-match'), page.etag)) {
    for (const name of ['content-type', 'content-length', 'content-disposition']) headers.delete(name);
    return new Response(null, { status: 304, headers });
  }

  const encoding = compressible ? negotiate(request.headers.get('accept-encoding')) : undefined;
  const body = encoding ? await encodedBody(page, encoding) : page.body;
  if (encoding) headers.set('content-encoding', encoding);
  headers.set('content-length', String(body.byteLength));
  const bodyless =
    request.method === 'HEAD' ||
    page.status === 204 ||
    page.status === 304 ||
    (page.status >= 300 && page.status < 400 && body.byteLength === 0);
  return new Response(bodyless ? null : (body as BodyInit), { status: page.status, headers });
}
