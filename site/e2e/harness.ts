import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromePath } from '../../accessibility/src/chromium.js';
import { localDate } from '../src/lib/dates';
import { expectVisibleFocus, recordUnfocused } from './focus-indicator';

export const SITE = process.env.HUB_SITE_URL ?? 'http://127.0.0.1:3000';
export const CMS = process.env.HUB_CMS_URL ?? 'http://127.0.0.1:1337';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: CHROMIUM_ARGS });
}

/**
 * Presses Tab (as a keyboard-only visitor would) until the element matching `selector` has
 * focus. Fails if it is never reached: that is a keyboard trap or an unreachable control.
 * With `checkFocus`, also fails at the first stop on the way that shows no visible focus.
 */
export async function tabTo(page: Page, selector: string, { max = 250, checkFocus = false } = {}) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    if (checkFocus) await recordUnfocused(page);
    await page.keyboard.press('Tab');
    if (checkFocus) await expectVisibleFocus(page);
  }
  throw new Error(`${selector} was not reached with the Tab key in ${max} presses`);
}

/** Changes a focused, closed <select> with the arrow keys until it holds `value`. */
export async function chooseWithArrows(page: Page, selector: string, value: string) {
  await page.keyboard.press('Home');
  for (let i = 0; i < 60; i++) {
    if ((await page.locator(selector).inputValue()) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`${selector} never reached the option ${value}`);
}

export async function get(path: string, init?: RequestInit) {
  const res = await fetch(`${SITE}${path}`, { redirect: 'manual', ...init });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** Polls until `check` holds, for at most a minute: the site may show a change a moment after the CMS made it. */
export async function within60s(check: () => Promise<boolean>) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

/**
 * "Now" as the stack under test sees it: scripts/test.mjs fixes it with HUB_CLOCK for the CMS's
 * seed, the site and these tests alike. Against a stack started without it, the real time.
 */
export const NOW = process.env.HUB_CLOCK ? new Date(process.env.HUB_CLOCK) : new Date();

/** Today's date in Tétouan and the last day of its month, as YYYY-MM-DD. */
export function thisMonthInTetouan(now = NOW) {
  const today = localDate(now);
  const [y, m] = today.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { today, last };
}
