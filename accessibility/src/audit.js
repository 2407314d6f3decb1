import { chromium } from 'playwright-core';
import { runAxe } from './axe.js';
import { CHROMIUM_ARGS, chromePath } from './chromium.js';
import { launchPa11yBrowser, runPa11y } from './pa11y.js';
import { checkReflow } from './reflow.js';

/**
 * Audits each URL with axe-core (in Playwright, scripts running, as a visitor sees the page),
 * with pa11y's HTML_CodeSniffer, and for reflow at 320 px. Returns one result per URL.
 */
export async function auditUrls(urls, { concurrency = 2, onResult = () => {} } = {}) {
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROMIUM_ARGS });
  const pa11yBrowser = await launchPa11yBrowser();
  const results = [];
  const queue = [...urls];
  try {
    const worker = async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      try {
        for (let url = queue.shift(); url; url = queue.shift()) {
          const result = { url, violations: [], error: null };
          try {
            await page.goto(url, { waitUntil: 'networkidle', timeout: 60000 });
            result.violations.push(...(await runAxe(page)), ...(await checkReflow(page)), ...(await runPa11y(url, pa11yBrowser)));
          } catch (error) {
            result.error = error.message;
          }
          results.push(result);
          onResult(result);
        }
      } finally {
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
