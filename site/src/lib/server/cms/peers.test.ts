import { describe, expect, it } from 'vitest';
import { parsePeers, RELAYED_HEADER, relayToPeers } from './peers';

describe('telling every site replica of a change', () => {
  it('posts the same body, with the secret and the relayed mark, to each address the service name resolves to', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetchFn = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response('{}', { status: url.includes('10.0.0.3') ? 503 : 200 });
    }) as unknown as typeof fetch;
    const resolve = async (host: string) => {
      expect(host).toBe('site');
      return [
        { address: '10.0.0.2', family: 4 },
        { address: '10.0.0.3', family: 4 },
        { address: 'fd00::4', family: 6 },
      ];
    };
    const body = { event: 'entry.publish', model: 'event', entry: { documentId: 'abc' } };
    expect(await relayToPeers('site:3000', body, 'a-shared-secret-of-24-chars', { fetchFn, resolve })).toEqual({ replicas: 3, reached: 2 });
    expect(calls.map((c) => c.url)).toEqual([
      'http://10.0.0.2:3000/internal/revalidate',
      'http://10.0.0.3:3000/internal/revalidate',
      'http://[fd00::4]:3000/internal/revalidate',
    ]);
    for (const { init } of calls) {
      expect(init.method).toBe('POST');
      expect(init.headers).toMatchObject({ 'x-revalidate-secret': 'a-shared-secret-of-24-chars', [RELAYED_HEADER]: '1' });
      expect(JSON.parse(String(init.body))).toEqual(body);
    }
  });

  it('reaches nobody, without failing, when the name does not resolve or the setting is malformed', async () => {
    const fetchFn = (async () => new Response('{}')) as unknown as typeof fetch;
    const unknown = async () => {
      throw Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    expect(await relayToPeers('site:3000', {}, 'secret-secret-secret', { fetchFn, resolve: unknown })).toEqual({ replicas: 0, reached: 0 });
    expect(await relayToPeers('http://site', {}, 'secret-secret-secret', { fetchFn })).toEqual({ replicas: 0, reached: 0 });
  });

  it('reads host:port and nothing else', () => {
    expect(parsePeers('site:3000')).toEqual({ host: 'site', port: '3000' });
    expect(parsePeers('hub-site.internal:80')).toEqual({ host: 'hub-site.internal', port: '80' });
    for (const bad of ['site', 'site:0', 'site:70000', 'http://site:3000', 'site:3000/x', '']) expect(parsePeers(bad)).toBeUndefined();
  });
});
