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
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif', gif: 'image/gif',
  mp4: 'video/mp4', webm: 'video/webm', vtt: 'text/vtt', pdf: 'application/pdf',
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

/**
 * One byte range of a `Range` header against a file's size (RFC 9110 §14.1.2): undefined to
 * send the whole file (no header, several ranges, or not bytes), 'unsatisfiable' for a 416.
 */
export function parseRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | undefined {
  const m = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

/** Cuts bytes start..end (inclusive) out of a stream without holding the file in memory. */
export function sliceStream(body: ReadableStream<Uint8Array>, { start, end }: ByteRange): ReadableStream<Uint8Array> {
  let offset = 0;
  return body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      const from = Math.max(start - offset, 0);
      const to = Math.min(end + 1 - offset, chunk.length);
      offset += chunk.length;
      if (to > from) controller.enqueue(chunk.subarray(from, to));
      if (offset > end) controller.terminate();
    },
  }));
}

/**
 * An upload fetched from the CMS and answered to the visitor, whole or as the byte range asked
 * for (videos do not play on iOS without ranges). Only the expected media type is passed on.
 */
export async function mediaResponse(upload: { path: string; type: string }, range: string | null, fetchFn?: typeof fetch): Promise<Response> {
  const upstream = await cmsFetch(upload.path, { fetchFn });
  if (upstream.status === 404) throw new CmsError('not-found', `No upload ${upload.path}`);
  if (!upstream.ok || !upstream.body) {
    await upstream.body?.cancel();
    throw new CmsError(upstream.status >= 500 ? 'unavailable' : 'bad-answer', `CMS answered ${upstream.status} for ${upload.path}`);
  }
  const type = upstream.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
  if (type !== upload.type) {
    await upstream.body.cancel();
    throw new CmsError('not-found', `Upload ${upload.path} is ${type}, not the ${upload.type} its name says`);
  }
  const size = Number(upstream.headers.get('content-length'));
  const headers = new Headers({
    'content-type': upload.type,
    'cache-control': 'public, max-age=86400',
    'accept-ranges': 'bytes',
    'x-content-type-options': 'nosniff',
  });
  for (const h of ['last-modified', 'etag']) {
    const v = upstream.headers.get(h);
    if (v) headers.set(h, v);
  }
  const wanted = Number.isFinite(size) && size >= 0 ? parseRange(range, size) : undefined;
  if (wanted === 'unsatisfiable') {
    await upstream.body.cancel();
    headers.set('content-range', `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  if (!wanted) {
    if (Number.isFinite(size)) headers.set('content-length', String(size));
    return new Response(upstream.body, { headers });
  }
  headers.set('content-range', `bytes ${wanted.start}-${wanted.end}/${size}`);
  headers.set('content-length', String(wanted.end - wanted.start + 1));
  return new Response(sliceStream(upstream.body, wanted), { status: 206, headers });
}
