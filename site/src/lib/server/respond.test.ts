import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PUBLIC_CACHE_CONTROL } from './http-cache';
import { toRenderedPage } from './page-cache';
import { negotiate, send } from './respond';

const html = `<!doctype html><html><body>${'<p>Un événement près de chez vous.</p>'.repeat(100)}</body></html>`;
const page = () => toRenderedPage(new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', vary: 'Cookie' } }), []);
const request = (headers: Record<string, string> = {}, method = 'GET') => new Request('http://site.test/fr/events', { method, headers });

describe('what is sent', () => {
  it('a public page: shared briefly, with an ETag, and a 304 to a visitor who has it', async () => {
    const res = await send(request(), await page(), 'public');
    expect(res.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    expect(PUBLIC_CACHE_CONTROL).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await send(request({ 'if-none-match': etag }), await page(), 'public');
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const changed = await send(request({ 'if-none-match': 'W/"other"' }), await page(), 'public');
    expect(changed.status).toBe(200);
  });

  it('a personal page: kept by nobody, no ETag, never a 304', async () => {
    const p = await page();
    const res = await send(request({ 'if-none-match': p.etag }), p, 'personal');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('etag')).toBeNull();
  });

  it('keeps a preview’s own no-store', async () => {
    const p = await toRenderedPage(new Response(html, { headers: { 'content-type': 'text/html', 'cache-control': 'no-store' } }), []);
    expect((await send(request(), p, 'personal')).headers.get('cache-control')).toBe('no-store');
  });

  it('compresses with brotli, else gzip, else not at all, and says it varies on it', async () => {
    const br = await send(request({ 'accept-encoding': 'gzip, deflate, br' }), await page(), 'public');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(br.headers.get('vary')).toMatch(/Cookie/);
    const brBody = new Uint8Array(await br.arrayBuffer());
    expect(brBody.byteLength).toBeLessThan(html.length / 5);
    expect(brotliDecompressSync(brBody).toString()).toBe(html);
    const gz = await send(request({ 'accept-encoding': 'gzip' }), await page(), 'personal');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(new Uint8Array(await gz.arrayBuffer())).toString()).toBe(html);
    const plain = await send(request({}), await page(), 'public');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(html);
  });

  it('leaves small answers and images as they are', async () => {
    const small = await toRenderedPage(new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } }), []);
    expect((await send(request({ 'accept-encoding': 'br' }), small, 'public')).headers.get('content-encoding')).toBeNull();
    const png = await toRenderedPage(new Response(new Uint8Array(5000), { headers: { 'content-type': 'image/png' } }), []);
    expect((await send(request({ 'accept-encoding': 'br' }), png, 'public')).headers.get('content-encoding')).toBeNull();
  });

  it('reads Accept-Encoding with its weights', () => {
    expect(negotiate('br;q=0, gzip')).toBe('gzip');
    expect(negotiate('identity')).toBeUndefined();
    expect(negotiate('*')).toBe('br');
    expect(negotiate(null)).toBeUndefined();
  });
});
