import { describe, expect, it } from 'vitest';
import { forgetScreens, qrCode, screenData } from './screen';

const empty = { data: [], meta: { pagination: { page: 1, pageSize: 8, pageCount: 0, total: 0 } } };
const answering: typeof fetch = async () => new Response(JSON.stringify(empty), { headers: { 'content-type': 'application/json' } });
const unreachable: typeof fetch = async () => {
  throw new TypeError('fetch failed: connect ECONNREFUSED');
};

describe('a reception-area screen', () => {
  it('keeps showing its last content, marked as such, when the CMS cannot be reached', async () => {
    forgetScreens();
    const first = await screenData('fr', 'kouilma', 'https://hub.example', answering);
    expect(first).toMatchObject({ stale: false, events: [], capsule: null, neighbourhood: 'kouilma' });
    expect(first.updatedAt).toBeTruthy();
    const later = await screenData('fr', 'kouilma', 'https://hub.example', unreachable);
    expect(later).toEqual({ ...first, stale: true });
  });

  it('shows a calm "coming back" state, not an error, when it never had content', async () => {
    forgetScreens();
    expect(await screenData('ar', '', 'https://hub.example', unreachable)).toEqual({
      events: [],
      capsule: null,
      neighbourhood: null,
      updatedAt: null,
      stale: true,
    });
  });

  it('draws QR codes as SVG images on a white quiet zone', () => {
    const svg = Buffer.from(qrCode('https://hub.example/fr/events/boccia').split(',')[1], 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg[^>]*viewBox/);
    expect(svg).toContain('fill="white"');
  });
});
