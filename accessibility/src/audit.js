import { chromium } from 'playwright-core';
import { runAxe } from './axe.js';
import { CHROMIUM_ARGS, chromePath } from './chromium.js';
import { launchPa11yBrowser, openPa11yPage, runPa11y } from './pa11y.js';
import { SITE_LOCALES } from './locales.js';
import { checkMedia } from './media.js';
import { checkReflow } from './reflow.js';
import { VIEWPORT, waitForSettled } from './settle.js';

/**
 * Audits each URL with axe-core (in Playwright, scripts running, as a visitor sees the page),
 * with pa11y's HTML_CodeSniffer, for captioned videos with transcripts (media.js) and for reflow at
 * 320 px, each on the settled page. Returns
 * one result per URL, in the order given. With `cookies` (a session's), every page is visited with them.
 */
export async function auditUrls(urls, { concurrency = 2, onResult = () => {}, cookies = [] } = {}) {
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROMIUM_ARGS });
  const pa11yBrowser = await launchPa11yBrowser();
  const results = [];
  const queue = [...urls];
  try {
    const worker = async () => {
      const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const pa11yPage = await openPa11yPage(pa11yBrowser);
      // A signed-in visitor's pages: the same session in both browsers.
      if (cookies.length && urls.length) {
        const url = new URL(urls[0]).origin;
        await context.addCookies(cookies.map((c) => ({ ...c, url })));
        await pa11yPage.setCookie(...cookies.map((c) => ({ ...c, url })));
      }
      try {
        for (let url = queue.shift(); url; url = queue.shift()) {
          const result = { url, violations: [], retries: [], error: null };
          try {
            await page.goto(url, { waitUntil: 'networkidle', timeout: 60000 });
            // A signed-in page that sent us elsewhere (to sign in) is not the page to vouch for.
            if (cookies.length && new URL(page.url()).pathname !== new URL(url).pathname) throw new Error(`redirected to ${page.url()}`);
            await waitForSettled(page);
            const axe = await runAxe(page);
            result.retries.push(...axe.retries);
            result.violations.push(
              ...axe.violations,
              ...(await checkMedia(page, SITE_LOCALES)),
              ...(await checkReflow(page)),
              ...(await runPa11y(url, pa11yBrowser, pa11yPage)),
            );
          } catch (error) {
            result.error = error.message;
          }
          results.push(result);
          onResult(result);
        }
      } finally {
        await pa11yPage.close();
        await context.close();
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  } finally {
    await pa11yBrowser.close();
    await browser.close();
  }
  return results.sort((a, b) => urls.indexOf(a.url) - urls.indexOf(b.url));
}
