/** Chromium flags for a closed network: without them Chromium keeps trying to reach Google's hosts. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function chromePath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}
