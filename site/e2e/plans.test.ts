import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../../accessibility/src/axe.js';
import { CMS, launch, SITE, tabTo } from './harness';

/**
 * A resident, in French, with a keyboard only: opens a body's plan from the navigation, reads how
 * far it has come, submits a suggestion (first empty, to meet the error summary), and is told it
 * waits for moderation; the suggestion is then nowhere in public. Every Tab stop shows its focus;
 * axe passes on the page, on its error state and on its pending state, in both locales.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SUGGESTION = `<b>Plus de rampes</b> près du marché, svp : https://example.org/rampe ${Date.now()}`;

async function axeClean(page: Page, what: string) {
  const { violations } = await runAxe(page);
  expect(violations, what).toEqual([]);
}

/** The plan's progress counted here from the CMS's public answer, as its page explains it. */
async function expectedProgress(slug: string): Promise<number> {
  const res = await fetch(`${CMS}/api/thematic-plans/by-slug/${slug}?locale=fr`);
  const plan = (await res.json()).data;
  let total = 0;
  let done = 0;
  for (const a of plan.actions) {
    if (a.actionStatus === 'cancelled') continue;
    const weights = a.milestones.reduce((n: number, m: { weight: number }) => n + m.weight, 0);
    const reached = a.milestones
      .filter((m: { reachedOn: string | null }) => m.reachedOn)
      .reduce((n: number, m: { weight: number }) => n + m.weight, 0);
    const share = a.actionStatus === 'done' ? 1 : weights ? reached / weights : 0;
    total += a.weight;
    done += a.weight * share;
  }
  return Math.floor((done / total) * 100 + 1e-9);
}

describe('a resident in French, with a keyboard', () => {
  it('opens a plan, reads its progress, submits a suggestion and sees it pending', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const tab = (selector: string) => tabTo(page, selector, { checkFocus: true });
    await page.goto(`${SITE}/fr`);

    await tab('.main-nav a[href="/fr/bodies"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/fr\/bodies$/);
    await tab('a[href="/fr/plans/pac-handicap"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/fr\/plans\/pac-handicap$/);
    expect(await page.locator('h1').textContent()).toBe('PAC Handicap');

    const progress = await page.locator('#progress-heading ~ p.big').textContent();
    expect(progress).toBe(`${await expectedProgress('pac-handicap')} % réalisé`);
    await axeClean(page, 'plan page');

    // Sent empty: the GOV.UK error summary, focused, names the field and leads to it.
    await tab('#comment-text');
    await tab('#comment-form button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.locator('.error-summary').waitFor();
    expect(await page.title()).toMatch(/^Erreur :/);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await page.locator('.error-summary a').getAttribute('href')).toBe('#comment-text');
    expect(await page.locator('#comment-text-error').textContent()).toBe('Écrivez votre commentaire ou votre suggestion');
    await axeClean(page, 'error state');
    await tab('.error-summary a[href="#comment-text"]');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment-text');

    await page.keyboard.type(SUGGESTION);
    await tab('#comment-name');
    await page.keyboard.type('Hajar');
    await tab('#comment-form button[type="submit"]');
    await page.keyboard.press('Enter');
    const pending = page.locator('.pending[role="status"]');
    await pending.waitFor();
    expect(await pending.locator('h3').textContent()).toBe('Merci, votre commentaire est en attente de modération');
    // Shown as written: the markup as text, the address not a link.
    expect(await pending.locator('.comment-text').textContent()).toBe(SUGGESTION);
    expect(await pending.locator('b').count()).toBe(0);
    expect(await pending.locator('a').count()).toBe(0);
    await axeClean(page, 'pending state');

    // Nowhere in public: not on the page read again, not in the CMS's public API.
    await page.goto(`${SITE}/fr/plans/pac-handicap`);
    expect(await page.content()).not.toContain('Plus de rampes');
    const api = await (await fetch(`${CMS}/api/comments?filters[targetSlug][$eq]=pac-handicap&status=draft`)).text();
    expect(api).not.toContain('Plus de rampes');
    await context.close();
  });
});

describe('the new pages pass axe in both locales', () => {
  it.each(['ar', 'fr'])('in %s: bodies, a body, a plan, progress', async (locale) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const path of ['bodies', 'bodies/handicap', 'plans/pac-genre', 'plans/tetouan-commune-ouverte', 'progress']) {
      const res = await page.goto(`${SITE}/${locale}/${path}`);
      expect(res?.status(), path).toBe(200);
      await axeClean(page, `${locale}/${path}`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('serves the feeds and downloads', async () => {
    const ics = await fetch(`${SITE}/fr/bodies/handicap/sessions.ics`);
    expect(ics.headers.get('content-type')).toMatch(/text\/calendar/);
    expect(await ics.text()).toMatch(/BEGIN:VEVENT[\s\S]*SUMMARY:/);
    const atom = await fetch(`${SITE}/ar/plans/pac-genre/changes.atom`);
    expect(atom.headers.get('content-type')).toMatch(/atom\+xml/);
    expect(await atom.text()).toContain('<entry>');
    const csv = await (await fetch(`${SITE}/fr/progress/indicators.csv`)).text();
    const json = await (await fetch(`${SITE}/fr/progress/indicators.json`)).json();
    // The same count in both downloads and on the page: the activities organised, counted by the hub.
    type Indicator = { code: string; computed: boolean; latest: { on: string; value: number } };
    const organised = (json.commitments as { indicators: Indicator[] }[])
      .flatMap((c) => c.indicators)
      .find((i) => i.code === 'events-organised')!;
    expect(organised.computed).toBe(true);
    expect(csv).toContain(`events-organised,Activités organisées,activités,Mesure,${organised.latest.on},${organised.latest.value}`);
  });
});
