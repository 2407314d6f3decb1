import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectVisibleFocus, focusIndicator, recordUnfocused } from './focus-indicator';
import { launch } from './harness';

/** The check of the keyboard journey, proved on small pages: it must fail where focus is invisible. */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const siteCss = readFileSync(new URL('../src/app.css', import.meta.url), 'utf8');

async function pageWith(css: string, body: string): Promise<Page> {
  const page = await browser.newPage({ locale: 'en-US' });
  await page.setContent(`<!doctype html><html lang="en"><head><style>${css}</style></head><body>${body}</body></html>`);
  return page;
}

/** Presses Tab `count` times as the journey does, and returns what the check found at each stop. */
async function stops(page: Page, count: number) {
  const found = [];
  for (let i = 0; i < count; i++) {
    await recordUnfocused(page);
    await page.keyboard.press('Tab');
    found.push(await focusIndicator(page));
  }
  return found;
}

describe('the visible-focus check', () => {
  it('fails on a button whose focus style is outline: none', async () => {
    const page = await pageWith(`${siteCss} #hidden:focus-visible { outline: none; }`, '<button id="hidden">Hidden focus</button>');
    const [stop] = await stops(page, 1);
    expect(stop.element).toContain('id="hidden"');
    expect(stop.ok).toBe(false);
    await expect(expectVisibleFocus(page)).rejects.toThrow(/No visible focus indicator on <button id="hidden"/);
    await page.close();
  });

  it('passes on a button styled by the site, and on a ring drawn with box-shadow', async () => {
    const page = await pageWith(
      `${siteCss} #shadow:focus-visible { outline: none; box-shadow: 0 0 0 3px #b35900; }`,
      '<button>Site style</button> <button id="shadow">Shadow</button>',
    );
    expect((await stops(page, 2)).map((s) => s.ok)).toEqual([true, true]);
    await page.close();
  });

  it('fails on a box-shadow that is the same focused or not', async () => {
    const page = await pageWith(
      'button { box-shadow: 0 0 0 3px #b35900; } button:focus-visible { outline: none; }',
      '<button>Always ringed</button>',
    );
    expect((await stops(page, 1))[0].ok).toBe(false);
    await page.close();
  });

  it('fails on the calendar button of a date field that only :focus-visible outlines, and passes with the site style', async () => {
    const field = '<label for="d">Date</label> <input id="d" type="date"> <button>After</button>';
    // month, day, year, calendar button, then the next button.
    const bare = await pageWith(':focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }', field);
    const bareStops = await stops(bare, 5);
    expect(bareStops.map((s) => s.element.startsWith('<input id="d"'))).toEqual([true, true, true, true, false]);
    expect(bareStops.map((s) => s.ok)).toEqual([true, true, true, false, true]);
    await bare.close();

    const styled = await pageWith(siteCss, field);
    expect((await stops(styled, 5)).map((s) => s.ok)).toEqual([true, true, true, true, true]);
    await styled.close();
  });
});
