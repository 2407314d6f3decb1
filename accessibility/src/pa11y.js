import pa11y from 'pa11y';
import puppeteer from 'puppeteer';
import { CHROMIUM_ARGS, chromePath } from './chromium.js';

/** One Chromium for every pa11y run: starting one per page would dominate the audit's time. */
export async function launchPa11yBrowser() {
  return puppeteer.launch({ executablePath: chromePath(), args: CHROMIUM_ARGS, headless: true });
}

/** pa11y with HTML_CodeSniffer at WCAG2AA; errors are violations, warnings and notices are not. */
export async function runPa11y(url, browser) {
  const result = await pa11y(url, {
    browser,
    standard: 'WCAG2AA',
    runners: ['htmlcs'],
    includeWarnings: false,
    includeNotices: false,
    timeout: 60000,
    wait: 0,
  });
  return result.issues
    .filter((i) => i.type === 'error')
    .map((i) => ({ tool: 'pa11y', rule: i.code, impact: 'error', message: i.message, targets: [i.selector], count: 1 }));
}
