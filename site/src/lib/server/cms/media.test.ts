import { describe, expect, it, vi } from 'vitest';

// A short CMS timeout, so the slow-download case below outlasts it many times over.
vi.mock('$lib/server/env', () => ({ siteEnv: () => ({ CMS_URL: 'http://cms.test', CMS_TIMEOUT_MS: 150 }) }));
import { CmsError } from './client';
import { mediaResponse, parseRange, sliceStream, uploadPath } from './media';

describe('which /media addresses name an upload', () => {
  it('accepts a plain file name of a type the hub serves (the allowed case)', () => {
    expect(uploadPath('/media/uploads/poster_3f2a1.jpg')).toEqual({ path: '/uploads/poster_3f2a1.jpg', type: 'image/jpeg' });
    expect(uploadPath('/media/uploads/capsule.MP4')).toEqual({ path: '/uploads/capsule.MP4', type: 'video/mp4' });
    expect(uploadPath('/media/uploads/captions_ar.vtt')?.type).toBe('text/vtt');
  });

  it('refuses anything that could leave the folder or is not a served type', () => {
    for (const path of [
      '/media/uploads%2F..',
      '/media/uploads/%2E%2E/admin',
      '/media/uploads/..',
      '/media/uploads/a/../../admin',
      '/media/uploads/a%2Fb.jpg',
      '/media/uploads/.hidden.jpg',
      '/media/uploads/x..jpg',
      '/media/uploads/a%00.jpg',
      '/media/uploads/',
      '/media/admin',
      '/media/uploads/page.html',
      '/media/uploads/logo.svg',
      '/media/uploads/noext',
      '/media/uploads/a\\b.jpg',
      `/media/uploads/${'a'.repeat(300)}.jpg`,
    ]) {
      expect(uploadPath(path), path).toBeUndefined();
    }
  });
});

describe('byte ranges', () => {
  it('reads the forms browsers send', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=0-5000', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange(null, 1000)).toBeUndefined();
    expect(parseRange('bytes=0-1,5-6', 1000)).toBeUndefined();
    expect(parseRange('items=0-1', 1000)).toBeUndefined();
    expect(parseRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    // An invalid range is ignored (RFC 9110), not refused.
    expect(parseRange('bytes=5-1', 1000)).toBeUndefined();
  });

  it('cuts the range out of a stream that arrives in chunks', async () => {
    const bytes = Uint8Array.from({ length: 100 }, (_, i) => i);
    const chunked = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 100; i += 7) c.enqueue(bytes.slice(i, i + 7));
        c.close();
      },
    });
    const out = new Uint8Array(await new Response(sliceStream(chunked, { start: 10, end: 52 })).arrayBuffer());
    expect([...out]).toEqual([...bytes.slice(10, 53)]);
  });
});

describe('answering an upload', () => {
  const file = Uint8Array.from({ length: 1000 }, (_, i) => i % 256);
  /** A CMS that honours ranges (as Strapi's /uploads does) unless told not to, and records what it was asked. */
  const cms = (type: string, { status = 200, ranges = true } = {}) => {
    const asked: { method?: string; range?: string | null }[] = [];
    const fetchFn = (async (_url: string | URL, init?: RequestInit) => {
      expect(init?.redirect).toBe('manual');
      const range = new Headers(init?.headers).get('range');
      asked.push({ method: init?.method, range });
      const head = { 'content-type': type };
      if (status !== 200) return new Response(null, { status, headers: head });
      const m = ranges ? range?.match(/^bytes=(\d+)-(\d+)$/) : null;
      if (m) {
        const part = file.slice(Number(m[1]), Number(m[2]) + 1);
        return new Response(init?.method === 'HEAD' ? null : part, {
          status: 206,
          headers: { ...head, 'content-length': String(part.length), 'content-range': `bytes ${m[1]}-${m[2]}/1000` },
        });
      }
      return new Response(init?.method === 'HEAD' ? null : file, { headers: { ...head, 'content-length': '1000' } });
    }) as typeof fetch;
    return { fetchFn, asked };
  };
  const video = { path: '/uploads/capsule.mp4', type: 'video/mp4' };

  it('asks the CMS for the range only, and answers 206', async () => {
    const { fetchFn, asked } = cms('video/mp4');
    const part = await mediaResponse(video, { range: 'bytes=100-199' }, fetchFn);
    expect(asked).toEqual([
      { method: 'HEAD', range: null },
      { method: 'GET', range: 'bytes=100-199' },
    ]);
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(part.headers.get('accept-ranges')).toBe('bytes');
    expect([...new Uint8Array(await part.arrayBuffer())]).toEqual([...file.slice(100, 200)]);
    // A suffix or an open end is asked of the CMS with both ends explicit, within the file.
    const tail = await mediaResponse(video, { range: 'bytes=-10' }, fetchFn);
    expect(tail.headers.get('content-range')).toBe('bytes 990-999/1000');
    expect(asked.at(-1)).toEqual({ method: 'GET', range: 'bytes=990-999' });
    await mediaResponse(video, { range: 'bytes=900-5000' }, fetchFn);
    expect(asked.at(-1)).toEqual({ method: 'GET', range: 'bytes=900-999' });
  });

  it('cuts the range itself when the CMS sends the whole file', async () => {
    const { fetchFn } = cms('video/mp4', { ranges: false });
    const part = await mediaResponse(video, { range: 'bytes=100-199' }, fetchFn);
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect([...new Uint8Array(await part.arrayBuffer())]).toEqual([...file.slice(100, 200)]);
    const tooFar = await mediaResponse(video, { range: 'bytes=5000-' }, fetchFn);
    expect(tooFar.status).toBe(416);
    expect(tooFar.headers.get('content-range')).toBe('bytes */1000');
    expect(tooFar.headers.get('cache-control')).toBe('no-store');
  });

  it('answers the whole file with 200, saying ranges are accepted; and HEAD without fetching the body', async () => {
    const { fetchFn, asked } = cms('video/mp4');
    const whole = await mediaResponse(video, {}, fetchFn);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await whole.arrayBuffer()).byteLength).toBe(1000);
    const invalid = await mediaResponse(video, { range: 'bytes=9-2, junk' }, fetchFn);
    expect(invalid.status).toBe(200);
    const head = await mediaResponse(video, { method: 'HEAD' }, fetchFn);
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('1000');
    expect(head.body).toBeNull();
    expect(asked.map((a) => a.method)).toEqual(['GET', 'GET', 'HEAD']);
    expect(asked[1].range).toBeNull();
  });

  it('refuses what the CMS says is another type than the name, and follows no redirect', async () => {
    await expect(mediaResponse(video, {}, cms('text/html').fetchFn)).rejects.toBeInstanceOf(CmsError);
    expect(await mediaResponse(video, {}, cms('video/mp4', { status: 302 }).fetchFn).catch((e) => e)).toMatchObject({
      failure: 'bad-answer',
    });
    expect(await mediaResponse(video, {}, cms('video/mp4', { status: 404 }).fetchFn).catch((e) => e)).toMatchObject({
      failure: 'not-found',
    });
  });

  it('lets a slow download run past the CMS timeout, which bounds only the first answer', async () => {
    const slow = (async (_url: string | URL, init?: RequestInit) => {
      let n = 0;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (init?.signal?.aborted) return controller.error(init.signal.reason);
          await new Promise((r) => setTimeout(r, 60));
          if (n++ === 8) return controller.close();
          controller.enqueue(new Uint8Array([n]));
        },
      });
      return new Response(body, { headers: { 'content-type': 'video/mp4', 'content-length': '8' } });
    }) as typeof fetch;
    const res = await mediaResponse(video, {}, slow);
    // 8 chunks, 60 ms apart: about three times the 150 ms timeout.
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
