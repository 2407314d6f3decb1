import pa11y from 'pa11y';
import puppeteer from 'puppeteer';
import { CHROMIUM_ARGS, chromePath } from './chromium.js';
import { VIEWPORT, waitForSettledPuppeteer } from './settle.js';

/** One Chromium for every pa11y run: starting one per page would dominate the audit's time. */
export async function launchPa11yBrowser() {
  return puppeteer.launch({ executablePath: chromePath(), args: CHROMIUM_ARGS, headless: true });
}

/** A page set up as the axe page is: same size, reduced motion. Reused from URL to URL. */
export async function openPa11yPage(browser) {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  return page;
}

/**
 * pa11y with HTML_CodeSniffer at WCAG2AA; errors are violations, warnings and notices are not.
 * The page is loaded and left to settle here, then handed to pa11y as it is (`ignoreUrl`),
 * because pa11y's own load only waits for the network.
 */
export async function runPa11y(url, browser, page) {
  await page.goto(url, { waitUntil: 'networkidle2', timeout: 60000 });
  await waitForSettledPuppeteer(page);
  const result = await pa11y(url, {
    browser,
    page,
    ignoreUrl: true,
    viewport: VIEWPORT,
    standard: 'WCAG2AA',
    runners: ['htmlcs'],
    includeWarnings: false,
    includeNotices: false,
    timeout: 60000,
    wait: 0,
  });
  return result.issues
    .filter((i) => i.type === 'error')
    .map((i) => ({ tool: 'pa11y', rule: i.code, impact: 'error', message: i.message, targets: [i.selector || i.context], count: 1 }));
}
