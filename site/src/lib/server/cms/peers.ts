import { lookup } from 'node:dns/promises';

/**
 * Each replica of the site keeps its own memory of the CMS's answers and of its pages, but the
 * CMS's webhook reaches one of them: a service name such as `site` (docker compose with
 * SITE_REPLICAS) resolves to one replica per connection. The replica that hears of a change tells
 * every address the name resolves to, itself included (dropping twice costs nothing), marking the
 * call as relayed so that none relays it again.
 */
export const RELAYED_HEADER = 'x-revalidate-relayed';

type Resolve = (host: string) => Promise<{ address: string; family: number }[]>;

const resolveAll: Resolve = (host) => lookup(host, { all: true });

/** `host:port` of the service name that resolves to every replica (REVALIDATE_PEERS). */
export function parsePeers(value: string): { host: string; port: string } | undefined {
  const m = /^([a-z0-9.-]+):(\d{1,5})$/i.exec(value.trim());
  return m && Number(m[2]) > 0 && Number(m[2]) < 65536 ? { host: m[1], port: m[2] } : undefined;
}

/**
 * Posts the webhook's body to every replica. Returns how many answered 2xx; a replica that does
 * not answer within two seconds keeps its answers for their lifetime (5 minutes at most).
 */
export async function relayToPeers(
  peers: string,
  body: unknown,
  secret: string,
  { fetchFn = fetch, resolve = resolveAll }: { fetchFn?: typeof fetch; resolve?: Resolve } = {},
): Promise<{ replicas: number; reached: number }> {
  const target = parsePeers(peers);
  if (!target) return { replicas: 0, reached: 0 };
  // A name server that does not answer must not hold the CMS's webhook: two seconds, as each call.
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('lookup timed out')), 2000).unref());
  const addresses = await Promise.race([resolve(target.host), timeout]).catch(() => []);
  const results = await Promise.allSettled(
    addresses.map(({ address, family }) =>
      fetchFn(`http://${family === 6 ? `[${address}]` : address}:${target.port}/internal/revalidate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-revalidate-secret': secret, [RELAYED_HEADER]: '1' },
        body: JSON.stringify(body ?? null),
        signal: AbortSignal.timeout(2000),
      }),
    ),
  );
  const reached = results.filter((r) => r.status === 'fulfilled' && r.value.ok).length;
  return { replicas: addresses.length, reached };
}
