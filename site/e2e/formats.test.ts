import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../../accessibility/src/axe.js';
import { BRAILLE_ASCII, brfPages, brfProblems } from '../src/lib/server/braille/brf';
import { get, launch, SITE, tabTo } from './harness';

/**
 * A Deaf visitor turns on "sign language first" (a plain form: JavaScript off), opens an event and
 * finds the signed video before the text, its captions showing in the page's language; a braille
 * reader downloads the page's BRF file. In both languages. The seed guarantees the event
 * (cms/src/seed: the first event is always the adapted sport day in Kouilma, which has a sample).
 */
const EVENT = 'adapted-sport-day-kouilma';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['ar', 'fr'])('in %s', (locale) => {
  it('shows the signed video first, with captions, once "sign language first" is on, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${SITE}/${locale}/events/${EVENT}`);
    // By default the text comes first and the video beside it.
    expect(await page.evaluate(() => document.querySelector('.beside')!.firstElementChild!.className)).toContain('text');

    await page.goto(`${SITE}/${locale}/formats`);
    await page.check('input[name="signFirst"]');
    await page.click('form[method="POST"] button[type="submit"]');
    await page.waitForURL(/saved=1/);
    expect(await page.locator('[role="status"]').count()).toBe(1);
    expect((await context.cookies()).find((c) => c.name === 'hub_formats')).toMatchObject({ value: 'sign-first', httpOnly: true });
    await context.close();

    // The same visitor, now with JavaScript (the player's captions are the browser's), keeps the setting.
    const cookies = [{ name: 'hub_formats', value: 'sign-first', url: SITE }];
    const withJs = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await withJs.addCookies(cookies);
    const p = await withJs.newPage();
    await p.goto(`${SITE}/${locale}/events/${EVENT}`);
    // The first content after the title is the signed video: before the summary and the facts.
    const order = await p.evaluate(() => {
      const after = [...document.querySelectorAll('article.event h1 ~ *, article.event h1 ~ * *')];
      return after.filter((el) => el.matches('#sign-language, .lede, dl.facts, section')).map((el) => el.id || el.className);
    });
    expect(order[0]).toBe('sign-language');
    const video = p.locator('#sign-language video');
    expect(await video.getAttribute('autoplay')).toBeNull();
    await p.waitForFunction(
      (lang) => {
        const tracks = [...document.querySelector<HTMLVideoElement>('#sign-language video')!.textTracks];
        const showing = tracks.filter((t) => t.mode === 'showing');
        return showing.length === 1 && showing[0].language === lang && (showing[0].cues?.length ?? 0) > 0;
      },
      locale,
      { timeout: 15000 },
    );
    // Every written language is a choice in the player, and each has its transcript on the page.
    expect(await p.locator('#sign-language track').evaluateAll((ts) => ts.map((t) => (t as HTMLTrackElement).srclang).sort())).toEqual([
      'ar',
      'fr',
    ]);
    await tabTo(p, '#sign-language a[href^="#transcript-"]', { checkFocus: true });
    await p.keyboard.press('Enter');
    await p.waitForURL(new RegExp(`#transcript-${locale}$`));
    expect((await p.locator(`#transcript-text-${locale}`).textContent())!.length).toBeGreaterThan(20);

    // The video plays on every phone: it is served by the site, with byte ranges.
    const src = await p.locator('#sign-language video source').getAttribute('src');
    const part = await fetch(`${SITE}${src}`, { headers: { range: 'bytes=0-99' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-type')).toBe('video/mp4');
    await part.arrayBuffer();

    // This state of the page passes the audit too.
    const { violations } = await runAxe(p);
    expect(violations).toEqual([]);
    await withJs.close();
  });

  it('downloads the page in braille: ASCII braille laid out as BRF, as many pages as the page announces', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${SITE}/${locale}/events/${EVENT}`);
    const link = page.locator('a[href$="/braille.brf"]');
    const announced = Number((await link.textContent())!.match(/\d+/)![0]);
    const previewPages = await page.locator('.braille pre').count();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${EVENT}-${locale}.brf`);
    const brf = readFileSync((await download.path())!, 'latin1');
    expect(brfProblems(brf)).toEqual([]);
    expect(brf.replace(/[\r\n\f]/g, '')).toMatch(BRAILLE_ASCII);
    expect(brfPages(brf)).toHaveLength(announced);
    expect(previewPages).toBe(announced);
    // Every page is 25 lines: at least the page-number line of each, and never more than 40 cells a line.
    expect(brf.length).toBeGreaterThan(announced * 25 * 2);
    expect(brf.length).toBeLessThanOrEqual(announced * 25 * 42 + announced);
    await context.close();
  });
});

describe('lists and screens', () => {
  it('filters the events list to those with a signed video', async () => {
    const { status, text } = await get('/fr/events?signed=1');
    expect(status).toBe(200);
    const cards = text.split('class="card event-card').length - 1;
    expect(cards).toBeGreaterThan(0);
    expect(text.split('Vidéo en langue des signes</li>').length - 1).toBe(cards);
    expect((await get('/fr/events?signed=maybe')).text).toContain('n’est pas valide');
  });

  it('answers a reception-area screen with QR codes and a muted captioned capsule, and a 400 for a screen set up wrong', async () => {
    const { status, text } = await get('/ar/screen?alternate=1');
    expect(status).toBe(200);
    expect(text).toContain('src="data:image/svg+xml;base64,');
    expect(text).toMatch(/<video[^>]*autoplay[^>]*muted/);
    expect(text).toContain('data-next="/fr/screen?alternate=1"');
    expect((await get('/fr/screen?neighbourhood=kouilma')).status).toBe(200);
    expect((await get('/fr/screen?neighbourhood=atlantis')).status).toBe(400);
    expect((await get('/fr/screen?rotate=fast')).status).toBe(400);
  });

  it('answers 404 for the easy-read version of an event that has none, and shows the one that exists', async () => {
    expect((await get(`/fr/events/${EVENT}/easy-read`)).status).toBe(200);
    const { text } = await get('/sitemap.xml');
    // Templates with an easy-read version in the seed (cms/src/seed/catalogue.json); any other event has none.
    const withEasyRead = ['adapted-sport-day', 'signed-screening', 'adapted-medina-visit', 'story-hour'];
    const other = [...text.matchAll(/\/fr\/events\/([a-z0-9-]+)</g)]
      .map((m) => m[1])
      .find((s) => !withEasyRead.some((t) => s.startsWith(t)));
    expect(other).toBeTruthy();
    expect((await get(`/fr/events/${other}/easy-read`)).status).toBe(404);
  });
});
