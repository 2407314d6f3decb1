/**
 * An audit of a page that is still drawing reports what it caught half-way: the events map's
 * markers, measured while clusters split, came back as target-size failures on detached nodes.
 * Pages are audited as a visitor who asked for reduced motion sees them (Leaflet and the
 * stylesheet then skip their animations), once they say they are done.
 */

/** Both browsers open pages at this size: wide enough for the layouts that load the map. */
export const VIEWPORT = { width: 1280, height: 900 };

/** How long a page may take to settle before the audit reports it as never settling. */
export const SETTLE_TIMEOUT_MS = 30_000;

/**
 * Runs in the page: loaded, fonts in, no region announcing `aria-busy="true"` (what a page sets
 * while it draws, for screen readers and for us), and no finite animation still running.
 * Endless ones (a spinner) would never end and are left alone.
 */
export function pageIsSettled() {
  if (document.readyState !== 'complete' || document.fonts.status !== 'loaded') return false;
  if (document.querySelector('[aria-busy="true"]')) return false;
  return document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity);
}

/** What keeps a page busy, for the error message when it never settles. */
function whatIsBusy() {
  const busy = [...document.querySelectorAll('[aria-busy="true"]')].map(
    (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}[aria-busy]`,
  );
  const moving = document.getAnimations().filter((a) => a.playState === 'running').length;
  return [
    document.readyState !== 'complete' ? `document ${document.readyState}` : '',
    ...busy,
    moving ? `${moving} running animation(s)` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

async function settle(wait, evaluate) {
  try {
    await wait();
  } catch (error) {
    if (!/timeout/i.test(error.message)) throw error;
    throw new Error(`the page did not settle within ${SETTLE_TIMEOUT_MS / 1000} s (${await evaluate(whatIsBusy).catch(() => 'unknown')})`, {
      cause: error,
    });
  }
}

/** Waits for a Playwright page to settle. */
export function waitForSettled(page, timeout = SETTLE_TIMEOUT_MS) {
  return settle(
    () => page.waitForFunction(pageIsSettled, null, { timeout, polling: 'raf' }),
    (fn) => page.evaluate(fn),
  );
}

/** The same for a Puppeteer page (pa11y's browser), whose waitForFunction takes its options first. */
export function waitForSettledPuppeteer(page, timeout = SETTLE_TIMEOUT_MS) {
  return settle(
    () => page.waitForFunction(pageIsSettled, { timeout, polling: 'raf' }),
    (fn) => page.evaluate(fn),
  );
}
