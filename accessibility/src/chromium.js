/**
 * Chromium flags for a closed network: without them Chromium keeps trying to reach Google's hosts.
 * The one copy for every browser the hub drives: the audit, the site's browser tests
 * (site/e2e/harness.ts) and the benchmark (scripts/bench.mjs). It lives here because the audit
 * is the part that must stand alone (its CLI audits any running site); the tests and the
 * benchmark are tools of this repository and can reach into it, not the other way round.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromePath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}
