/**
 * How often one address may comment: 5 comments in 10 minutes, counted in this process's memory
 * (each site replica counts its own; the CMS also caps what one plan receives). Enough to stop a
 * script posting in a loop without bothering a resident who writes three suggestions.
 */
const WINDOW_MS = 10 * 60_000;
const MAX = 5;
const MAX_KEYS = 10_000;
const seen = new Map<string, number[]>();

export function allowComment(address: string, at = Date.now()): boolean {
  const recent = (seen.get(address) ?? []).filter((t) => at - t < WINDOW_MS);
  if (recent.length >= MAX) {
    seen.set(address, recent);
    return false;
  }
  recent.push(at);
  seen.delete(address);
  seen.set(address, recent);
  // Oldest addresses go first when the map is full: memory stays bounded.
  while (seen.size > MAX_KEYS) seen.delete(seen.keys().next().value!);
  return true;
}
