import { CmsError, cmsFetch } from './client';

/**
 * Uploads live in the CMS, but the browser never talks to the CMS: the site serves them under
 * /media (see routes/media/[...path]), so one origin, one CSP and one cache policy apply.
 */
export function mediaUrl(url: string): string {
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  return path.startsWith('/uploads/') ? `/media${path}` : '';
}

/** The kinds of file the hub publishes, by extension: images, signed videos, their captions, documents. */
export const MEDIA_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  mp4: 'video/mp4',
  webm: 'video/webm',
  vtt: 'text/vtt',
  pdf: 'application/pdf',
};

/**
 * The upload a /media address names, or undefined when it names anything else. Addresses are
 * checked as the visitor sent them, before any decoding: one folder, one plain file name, no
 * percent-encoding (so no encoded slash or dot segment), and an extension the hub serves.
 */
export function uploadPath(rawPathname: string): { path: string; type: string } | undefined {
  const match = /^\/media\/uploads\/([A-Za-z0-9_-][A-Za-z0-9_.-]{0,199})$/.exec(rawPathname);
  if (!match || match[1].includes('..')) return undefined;
  const type = MEDIA_TYPES[match[1].split('.').pop()!.toLowerCase()];
  return type ? { path: `/uploads/${match[1]}`, type } : undefined;
}

export type ByteRange = { start: number; end: number };

const SINGLE_RANGE = /^bytes=(\d*)-(\d*)$/;

/**
 * One byte range of a `Range` header against a file's size (RFC 9110 §14.1.2): undefined to
 * send the whole file (no header, several ranges, not bytes, or not a valid range, which the
 * RFC says to ignore), 'unsatisfiable' for a 416 (a range that starts past the end).
 */
export function parseRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | undefined {
  const m = header?.trim().match(SINGLE_RANGE);
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  if (m[2] !== '' && Number(m[2]) < start) return undefined;
  if (start >= size) return 'unsatisfiable';
  return { start, end: m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1) };
}

/** Cuts bytes start..end (inclusive) out of a stream without holding the file in memory. */
export function sliceStream(body: ReadableStream<Uint8Array>, { start, end }: ByteRange): ReadableStream<Uint8Array> {
  let offset = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        const from = Math.max(start - offset, 0);
        const to = Math.min(end + 1 - offset, chunk.length);
        offset += chunk.length;
        if (to > from) controller.enqueue(chunk.subarray(from, to));
        if (offset > end) controller.terminate();
      },
    }),
  );
}

/** The CMS's answer for an upload, checked: found, and of the type its name says. */
async function fetchUpload(
  upload: { path: string; type: string },
  method: 'GET' | 'HEAD',
  range: ByteRange | undefined,
  fetchFn?: typeof fetch,
) {
  const upstream = await cmsFetch(upload.path, {
    method,
    fetchFn,
    timeout: 'headers',
    headers: range ? { range: `bytes=${range.start}-${range.end}` } : {},
  });
  const fail = async (failure: 'not-found' | 'unavailable' | 'bad-answer', why: string) => {
    await upstream.body?.cancel();
    return new CmsError(failure, `${why} (${upload.path})`);
  };
  if (upstream.status === 404) throw await fail('not-found', 'No such upload');
  if (upstream.status !== 200 && upstream.status !== 206) {
    throw await fail(upstream.status >= 500 ? 'unavailable' : 'bad-answer', `CMS answered ${upstream.status}`);
  }
  const type = upstream.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
  if (type !== upload.type) throw await fail('not-found', `The upload is ${type}, not the ${upload.type} its name says`);
  return upstream;
}

/**
 * An upload fetched from the CMS and answered to the visitor, whole or as the byte range asked
 * for (videos do not play on iOS without ranges). Only the expected media type is passed on.
 * A range is worked out here against the file's size and asked of the CMS with both ends
 * explicit: Strapi's own range handling gets suffixes and ranges past the end wrong. A request
 * for a few bytes of a long video costs a few bytes; a HEAD request is a HEAD to the CMS.
 */
export async function mediaResponse(
  upload: { path: string; type: string },
  { method = 'GET', range = null }: { method?: 'GET' | 'HEAD'; range?: string | null } = {},
  fetchFn?: typeof fetch,
): Promise<Response> {
  const headers = new Headers({
    'content-type': upload.type,
    'cache-control': 'public, max-age=86400',
    'accept-ranges': 'bytes',
    'x-content-type-options': 'nosniff',
  });
  const copy = (from: Response) => {
    for (const h of ['last-modified', 'etag']) {
      const v = from.headers.get(h);
      if (v) headers.set(h, v);
    }
  };

  const asksRange = method === 'GET' && range !== null && SINGLE_RANGE.test(range.trim());
  if (!asksRange) {
    const whole = await fetchUpload(upload, method, undefined, fetchFn);
    copy(whole);
    const length = whole.headers.get('content-length');
    if (length) headers.set('content-length', length);
    return new Response(method === 'HEAD' ? null : whole.body, { headers });
  }

  const head = await fetchUpload(upload, 'HEAD', undefined, fetchFn);
  const size = Number(head.headers.get('content-length'));
  if (!Number.isFinite(size) || head.headers.get('content-length') === null)
    throw new CmsError('bad-answer', `No length for ${upload.path}`);
  copy(head);
  const wanted = parseRange(range, size);
  if (wanted === 'unsatisfiable') {
    headers.set('content-range', `bytes */${size}`);
    headers.set('cache-control', 'no-store');
    return new Response(null, { status: 416, headers });
  }
  if (!wanted) return mediaResponse(upload, { method }, fetchFn);
  const part = await fetchUpload(upload, 'GET', wanted, fetchFn);
  headers.set('content-range', `bytes ${wanted.start}-${wanted.end}/${size}`);
  headers.set('content-length', String(wanted.end - wanted.start + 1));
  if (part.status === 206 && part.headers.get('content-range') === headers.get('content-range')) {
    return new Response(part.body, { status: 206, headers });
  }
  if (part.status === 200 && part.body) return new Response(sliceStream(part.body, wanted), { status: 206, headers });
  await part.body?.cancel();
  throw new CmsError('bad-answer', `CMS answered ${part.status} ${part.headers.get('content-range')} to a range of ${upload.path}`);
}
