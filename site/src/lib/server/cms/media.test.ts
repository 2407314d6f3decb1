import { describe, expect, it } from 'vitest';
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
      '/media/uploads%2F..', '/media/uploads/%2E%2E/admin', '/media/uploads/..', '/media/uploads/a/../../admin',
      '/media/uploads/a%2Fb.jpg', '/media/uploads/.hidden.jpg', '/media/uploads/x..jpg', '/media/uploads/a%00.jpg',
      '/media/uploads/', '/media/admin', '/media/uploads/page.html', '/media/uploads/logo.svg', '/media/uploads/noext',
      '/media/uploads/a\\b.jpg', `/media/uploads/${'a'.repeat(300)}.jpg`,
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
    expect(parseRange('bytes=5-1', 1000)).toBe('unsatisfiable');
  });

  it('cuts the range out of a stream that arrives in chunks', async () => {
    const bytes = Uint8Array.from({ length: 100 }, (_, i) => i);
    const chunked = new ReadableStream<Uint8Array>({
      start(c) { for (let i = 0; i < 100; i += 7) c.enqueue(bytes.slice(i, i + 7)); c.close(); },
    });
    const out = new Uint8Array(await new Response(sliceStream(chunked, { start: 10, end: 52 })).arrayBuffer());
    expect([...out]).toEqual([...bytes.slice(10, 53)]);
  });
});

describe('answering an upload', () => {
  const file = new Uint8Array(1000).fill(7);
  const cms = (type: string, status = 200) => (async (url: string | URL, init?: RequestInit) => {
    expect(init?.redirect).toBe('manual');
    return new Response(status === 200 ? file : null, { status, headers: { 'content-type': type, 'content-length': '1000' } });
  }) as typeof fetch;
  const video = { path: '/uploads/capsule.mp4', type: 'video/mp4' };

  it('answers a range with 206 and the whole file with 200, both saying ranges are accepted', async () => {
    const part = await mediaResponse(video, 'bytes=100-199', cms('video/mp4'));
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(part.headers.get('accept-ranges')).toBe('bytes');
    expect((await part.arrayBuffer()).byteLength).toBe(100);
    const whole = await mediaResponse(video, null, cms('video/mp4'));
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await whole.arrayBuffer()).byteLength).toBe(1000);
    const tooFar = await mediaResponse(video, 'bytes=5000-', cms('video/mp4'));
    expect(tooFar.status).toBe(416);
    expect(tooFar.headers.get('content-range')).toBe('bytes */1000');
  });

  it('refuses what the CMS says is another type than the name, and follows no redirect', async () => {
    await expect(mediaResponse(video, null, cms('text/html'))).rejects.toBeInstanceOf(CmsError);
    const moved = await mediaResponse(video, null, cms('video/mp4', 302)).catch((e) => e);
    expect(moved).toMatchObject({ failure: 'bad-answer' });
    const missing = await mediaResponse(video, null, cms('video/mp4', 404)).catch((e) => e);
    expect(missing).toMatchObject({ failure: 'not-found' });
  });
});
