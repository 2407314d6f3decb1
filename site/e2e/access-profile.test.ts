import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../../accessibility/src/axe.js';
import { placeFit } from '../src/lib/places/needs';
import { CMS, launch, SITE } from './harness';

/**
 * A resident states "step-free access and an accessible toilet" once, on a page of its own. Then
 * the heritage list and the events list show only what fits, each entry saying so; the map says
 * the same as the list; pages rendered for the profile are private; and the profile never leaves
 * the browser except as the cookie sent to the site itself (and the one form that sets it).
 */
const NEEDS = ['step-free', 'accessible-toilet'] as const;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Every request the page makes, with what it carries. */
function recordRequests(page: Page) {
  const seen: { url: string; method: string; body: string; headers: Record<string, string> }[] = [];
  page.on('request', (r: Request) => seen.push({ url: r.url(), method: r.method(), body: r.postData() ?? '', headers: r.headers() }));
  return seen;
}

const listed = (page: Page, selector: string) => page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href')));

/** The heritage points that fit, from the CMS's data through the site's own rule. */
async function fittingPoints(): Promise<{ expected: string[]; total: number }> {
  const res = await fetch(`${CMS}/api/heritage-points?locale=fr&pagination[pageSize]=100`);
  const { data } = (await res.json()) as { data: { slug: string; accessibility: never }[] };
  expect(data.length).toBeGreaterThan(3);
  return {
    expected: data.filter((p) => placeFit(p.accessibility, NEEDS) === 'fits').map((p) => `/fr/heritage/${p.slug}`),
    total: data.length,
  };
}

describe('the access-needs profile', () => {
  it('filters the heritage and events lists to what fits, and stays in the browser', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const requests = recordRequests(page);

    await page.goto(`${SITE}/fr/needs`);
    for (const need of NEEDS) await page.check(`#need-${need}`);
    await page.getByRole('button', { name: 'Enregistrer sur cet appareil' }).click();
    await page.waitForURL(/\/fr\/needs\?done=saved$/);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('enregistrés');
    const cookie = (await context.cookies(SITE)).find((c) => c.name === 'hub_needs');
    expect(cookie).toMatchObject({ value: 'step-free.accessible-toilet', httpOnly: true, sameSite: 'Lax' });

    // The heritage list: only the points that fit, each saying so, and the map says the same.
    const { expected, total } = await fittingPoints();
    expect(expected.length).toBeGreaterThan(0);
    const points = page.waitForResponse((r) => r.url().includes('/fr/heritage/points.json'));
    const heritage = await page.goto(`${SITE}/fr/heritage`);
    expect(heritage!.headers()['cache-control']).toBe('private, no-store');
    expect(heritage!.headers()['vary']).toMatch(/cookie/i);
    const shown = await listed(page, 'ul.cards h3 a');
    expect(shown.sort()).toEqual(expected.sort());
    expect(await page.locator('ul.cards .fit').allTextContents()).toEqual(expected.map(() => 'Vous convient'));
    const map = (await (await points).json()) as { points: { slug: string }[] };
    expect(map.points.map((p) => `/fr/heritage/${p.slug}`).sort()).toEqual(expected.sort());
    await page.waitForSelector('#event-map[aria-busy="false"]');

    // Everything, marked: what does not fit or is not known is shown as such, never as fitting.
    await page.getByRole('link', { name: 'Tout montrer, en indiquant ce qui convient' }).click();
    await page.waitForURL(/needs=off/);
    // The page may be updated in place by the client router: wait for the whole list.
    await expect.poll(() => page.locator('ul.cards .fit').count()).toBe(total);
    const marks = await page.locator('ul.cards .fit').allTextContents();
    expect(marks.filter((t) => t === 'Vous convient')).toHaveLength(expected.length);
    expect(marks).toContain('Non connu : à vérifier');
    expect(marks).toContain('Ne vous convient pas');

    // The events list: only what fits, each saying so.
    const events = await page.goto(`${SITE}/fr/events`);
    expect(events!.headers()['cache-control']).toBe('private, no-store');
    const eventMarks = await page.locator('ul.cards .fit').allTextContents();
    expect(eventMarks.length).toBeGreaterThan(0);
    expect(new Set(eventMarks)).toEqual(new Set(['Vous convient']));
    const withProfile = Number((await page.locator('p.count').textContent())!.replace(/\D/g, ''));
    await page.goto(`${SITE}/fr/events?needs=off`);
    const all = Number((await page.locator('p.count').textContent())!.replace(/\D/g, ''));
    expect(withProfile).toBeLessThan(all);
    // Everything, each marked: some entries here do not fit or are not known.
    expect((await page.locator('ul.cards .fit').allTextContents()).some((t) => t !== 'Vous convient')).toBe(true);

    // The profile left the browser only as the cookie to the site, and in the one form that set it.
    const site = new URL(SITE).origin;
    for (const r of requests) {
      expect(new URL(r.url).origin, r.url).toBe(site);
      const carried = [
        r.url,
        r.body,
        ...Object.entries(r.headers)
          .filter(([k]) => k !== 'cookie')
          .map(([k, v]) => `${k}: ${v}`),
      ].join('\n');
      if (r.method === 'POST' && r.url === `${site}/fr/needs?/save`) continue;
      expect(carried, `${r.method} ${r.url}`).not.toMatch(/step-free|accessible-toilet/);
    }
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.url)).toEqual([`${site}/fr/needs?/save`]);

    // One button clears it; the lists are public again.
    await page.goto(`${SITE}/fr/needs`);
    await page.getByRole('button', { name: 'Effacer mes besoins' }).click();
    await page.waitForURL(/done=cleared/);
    expect((await context.cookies(SITE)).find((c) => c.name === 'hub_needs')).toBeUndefined();
    const after = await page.goto(`${SITE}/fr/heritage`);
    expect(after!.headers()['cache-control'] ?? '').not.toContain('private');
    expect(await page.locator('ul.cards .fit').count()).toBe(0);
    await context.close();
  });

  // The audit visits pages without a profile; here axe runs on those a profile shapes, in both locales.
  it.each(['ar', 'fr'])('passes axe with a profile (%s)', async (locale) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    await context.addCookies([{ name: 'hub_needs', value: NEEDS.join('.'), url: SITE }]);
    const page = await context.newPage();
    for (const path of ['/heritage', '/heritage?needs=off', '/events', '/needs', '/heritage/musee-archeologique']) {
      await page.goto(`${SITE}/${locale}${path}`);
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      const { violations } = await runAxe(page);
      expect(violations, `${locale}${path}`).toEqual([]);
    }
    await context.close();
  });
});
