import type { Browser, ElementHandle, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, SITE, tabTo } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The map has placed its markers and no longer moves (it says so with aria-busy). */
const mapIdle = (page: Page) => page.locator('#event-map[aria-busy="false"]').waitFor();

/** After Enter on a cluster: it has zoomed in (that cluster's button is gone) or fanned out, and is idle. */
function clusterOpened(page: Page, cluster: ElementHandle) {
  return page.waitForFunction((pressed) => {
    const opened = !pressed.isConnected || document.querySelector('.leaflet-marker-icon:not(.map-cluster)') !== null;
    return opened && document.querySelector('#event-map')?.getAttribute('aria-busy') === 'false';
  }, cluster);
}

describe('the events map', () => {
  it('on a phone, downloads nothing until asked, then shows named markers operable by keyboard', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${SITE}/fr/events?neighbourhood=kouilma`, { waitUntil: 'networkidle' });
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    const before = requested.length;
    expect(requested.some((u) => u.includes('points.json'))).toBe(false);

    await tabTo(page, 'button[aria-controls="event-map"]');
    expect(await page.getAttribute('button[aria-controls="event-map"]', 'aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-marker-icon').first().waitFor();
    expect(requested.slice(before).some((u) => u.includes('points.json?neighbourhood=kouilma'))).toBe(true);
    expect(await page.getAttribute('button[aria-controls="event-map"]', 'aria-expanded')).toBe('true');

    // Every marker or cluster is a keyboard-focusable button with a name.
    const markers = page.locator('.leaflet-marker-icon');
    for (let i = 0; i < (await markers.count()); i++) {
      const m = markers.nth(i);
      expect(await m.getAttribute('tabindex')).toBe('0');
      const name = (await m.getAttribute('alt')) ?? (await m.textContent());
      expect(name?.trim().length).toBeGreaterThan(3);
    }
    await context.close();
  });

  it('opens an event from a marker with the Enter key, and mirrors its controls in Arabic', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${SITE}/ar/events?neighbourhood=kouilma&category=para-sport`, { waitUntil: 'networkidle' });
    await page.locator('.leaflet-marker-icon').first().waitFor();
    await mapIdle(page);
    expect(await page.locator('.leaflet-top.leaflet-right .leaflet-control-zoom').count()).toBe(1);
    expect(await page.getAttribute('.leaflet-control-zoom-in', 'title')).toBe('تكبير');
    // Open clusters (zoom, or fan out markers that share a venue) until a single event shows.
    const single = page.locator('.leaflet-marker-icon:not(.map-cluster)');
    for (let i = 0; i < 6 && (await single.count()) === 0; i++) {
      const cluster = await page.locator('.leaflet-marker-icon.map-cluster').first().elementHandle();
      await cluster!.focus();
      await page.keyboard.press('Enter');
      await clusterOpened(page, cluster!);
    }
    const marker = single.first();
    expect(await marker.getAttribute('alt')).toMatch(/[\u0600-\u06FF]/);
    await marker.focus();
    await Promise.all([page.waitForURL(/\/ar\/events\/[a-z0-9-]+$/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await context.close();
  });
});
