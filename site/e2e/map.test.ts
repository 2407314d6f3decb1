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

  it('fans out events that share a place, a disclosure the keyboard opens, enters and closes, with no URLPattern needed', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The browser's bundle leaves Paraglide's URLPattern polyfill out (vite.config.ts): a browser
    // without URLPattern must still run the page and its map.
    await context.addInitScript(() => {
      delete (window as { URLPattern?: unknown }).URLPattern;
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${SITE}/fr/events`, { waitUntil: 'networkidle' });
    await page.locator('.leaflet-marker-icon').first().waitFor();
    await mapIdle(page);

    // Open clusters until one fans out (its events share a place, or the map is at its closest).
    let cluster: ElementHandle | null = null;
    for (let i = 0; i < 12; i++) {
      const next = await page.locator('.leaflet-marker-icon.map-cluster').first().elementHandle();
      if (!next) break;
      await next.focus();
      await page.keyboard.press('Enter');
      await clusterOpened(page, next);
      if ((await next.evaluate((el) => el.isConnected && el.getAttribute('aria-expanded'))) === 'true') {
        cluster = next;
        break;
      }
    }
    expect(cluster, 'a cluster fanned out').toBeTruthy();
    const fanSize = () => page.evaluate(() => document.querySelectorAll('.leaflet-marker-icon:not(.map-cluster)').length);
    const open = await fanSize();
    expect(open).toBeGreaterThan(1);

    // Tab goes from the cluster into its fan: a named event marker.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(focused.length).toBeGreaterThan(3);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('map-cluster'))).toBe(false);

    // Escape folds it and gives focus back to the cluster, which says it is closed.
    await page.keyboard.press('Escape');
    expect(await cluster!.getAttribute('aria-expanded')).toBe('false');
    expect(await cluster!.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await fanSize()).toBeLessThan(open);

    // Enter opens it again and closes it again, as a toggle.
    await page.keyboard.press('Enter');
    expect(await cluster!.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await cluster!.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
    await context.close();
  });
});
