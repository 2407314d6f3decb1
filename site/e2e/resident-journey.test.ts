import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../src/lib/dates';
import { chooseWithArrows, launch, NOW, SITE, tabTo, thisMonthInTetouan } from './harness';

/**
 * A resident, with a keyboard only, finds a free, wheelchair-accessible sport event in Kouilma
 * this month, opens it and adds it to a calendar — in Arabic and in French. Every Tab stop on
 * the way must show where the focus is.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const typeDate = async (page: import('playwright-core').Page, iso: string) => {
  const [y, m, d] = iso.split('-');
  // Chromium's date field in en-US takes month, day, year.
  await page.keyboard.type(`${m}${d}${y}`);
};

describe.each([
  { locale: 'ar', dir: 'rtl', heading: 'يوم الرياضة المكيفة – كويلمة' },
  { locale: 'fr', dir: 'ltr', heading: 'Journée du sport adapté – Kouilma' },
])('in $locale', ({ locale, dir, heading }) => {
  it('finds, opens and adds the event to a calendar with the keyboard alone', async () => {
    const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const tab = (selector: string) => tabTo(page, selector, { checkFocus: true });
    await page.goto(`${SITE}/${locale}/events`);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.getAttribute('html', 'dir')).toBe(dir);
    // The layout itself mirrors: the site's name sits on the reading side, the language switch opposite.
    const brand = (await page.locator('.brand').boundingBox())!;
    const languages = (await page.locator('.languages').boundingBox())!;
    expect(dir === 'rtl' ? brand.x > languages.x : brand.x < languages.x).toBe(true);

    const { today, last } = thisMonthInTetouan();
    await tab('#f-neighbourhood');
    await chooseWithArrows(page, '#f-neighbourhood', 'kouilma');
    await tab('#f-category');
    await chooseWithArrows(page, '#f-category', 'sport');
    await tab('input[name="access"][value="wheelchair"]');
    await page.keyboard.press('Space');
    await tab('#f-from');
    await typeDate(page, today);
    await tab('#f-to');
    await typeDate(page, last);
    await tab('input[name="free"]');
    await page.keyboard.press('Space');
    await tab('form.filters button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/neighbourhood=kouilma/);

    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toMatchObject({
      neighbourhood: 'kouilma',
      category: 'sport',
      access: 'wheelchair',
      from: today,
      to: last,
      free: '1',
    });
    const link = 'a[href$="/events/adapted-sport-day-kouilma"]';
    await page.locator(link).waitFor();
    const count = await page.locator('.count[role="status"]').textContent();
    expect(count).toMatch(/\d/);
    // Every result matches what was asked.
    const cards = page.locator('.event-card');
    for (let i = 0; i < (await cards.count()); i++) {
      expect(await cards.nth(i).textContent()).toContain(locale === 'ar' ? 'كويلمة' : 'Kouilma');
    }

    await tab(link);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/events\/adapted-sport-day-kouilma$/);
    expect(await page.locator('h1').textContent()).toBe(heading);
    expect(await page.getAttribute('html', 'dir')).toBe(dir);
    // The page says plainly that it is wheelchair accessible and free.
    const access = await page.locator('#access-heading + ul').textContent();
    expect(access).toContain(locale === 'ar' ? 'متاح للكراسي المتحركة' : 'Accessible en fauteuil roulant');
    expect(await page.locator('dl.facts').textContent()).toContain(locale === 'ar' ? 'مجاني' : 'Gratuit');

    await tab('a[href$="/calendar.ics"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const ics = readFileSync((await download.path())!, 'utf8');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(heading);
    // The seeded event starts later on the stack's "today".
    expect(localDate(event.startDate.toJSDate())).toBe(today);
    expect(event.startDate.toJSDate().getTime()).toBeGreaterThan(NOW.getTime());
    await context.close();
  });
});
