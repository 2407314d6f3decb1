import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../../accessibility/src/axe.js';
import { adminApi, createEventDraft, eventFields, EVENTS, signIn } from './admin-api';
import { CMS, get, launch, SITE } from './harness';

/**
 * An editor opens a draft from the admin panel ("Open preview"): the link the CMS signs shows the
 * draft on the site under a "not published" banner, kept out of caches and search engines; the
 * same link tampered with shows nothing of it, and the public page of the draft does not exist.
 */
const messages = (locale: string) => JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), 'utf8'));
const model = EVENTS;
const titles = {
  ar: `مسودة للمعاينة ${randomBytes(2).toString('hex')}`,
  fr: `Brouillon à prévisualiser ${randomBytes(2).toString('hex')}`,
};
const slug = `preview-test-${randomBytes(3).toString('hex')}`;
let documentId = '';

let cms: ReturnType<typeof adminApi>;

/** The address the admin panel's "Open preview" button opens, as a path of the site under test. */
async function previewPath(locale: string) {
  const { data } = await cms(`/content-manager/preview/url/api::event.event?documentId=${documentId}&locale=${locale}&status=draft`);
  const url = new URL(data.url);
  return `${url.pathname}${url.search}`;
}

beforeAll(async () => {
  cms = adminApi(await signIn());
  documentId = await createEventDraft(cms, eventFields(slug, 5), {
    ar: { title: titles.ar, summary: 'مسودة لم تنشر بعد.' },
    fr: { title: titles.fr, summary: 'Un brouillon pas encore publié.' },
  });
});

afterAll(async () => {
  if (documentId) await cms(`${model}/${documentId}?locale=*`, 'DELETE').catch(() => {});
});

describe('previewing a draft from the admin panel', () => {
  it.each(['ar', 'fr'] as const)('shows the %s draft under a "not published" banner, uncached and unindexed', async (locale) => {
    const path = await previewPath(locale);
    expect(path).toMatch(new RegExp(`^/${locale}/preview/events/${documentId}\\?expires=\\d+&signature=[0-9a-f]{64}$`));
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.text).toContain(titles[locale]);
    expect(res.text).toContain(messages(locale).preview_banner_title);
    expect(res.text).toContain('<meta name="robots" content="noindex"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-robots-tag')).toBe('noindex');
    // The admin panel (the CMS's origin on the test stack) may frame it; public pages stay unframeable.
    expect(res.headers.get('content-security-policy')).toContain(`frame-ancestors ${new URL(CMS).origin}`);
    expect((await get(`/${locale}/events`)).headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('shows nothing of the draft for a tampered link, another locale, or at its public address', async () => {
    const path = await previewPath('ar');
    const signature = new URL(path, 'http://x').searchParams.get('signature')!;
    const tampered = path.replace(signature, (signature[0] === '0' ? '1' : '0') + signature.slice(1));
    const otherLocale = path.replace(/^\/ar\//, '/fr/');
    for (const refused of [tampered, otherLocale, path.replace(/&signature=.*$/, ''), `/ar/events/${slug}`, `/fr/events/${slug}`]) {
      const res = await get(refused);
      expect(res.status, refused).toBe(404);
      expect(res.text, refused).not.toContain(titles.ar);
      expect(res.text, refused).not.toContain(titles.fr);
    }
    expect((await get(tampered)).headers.get('cache-control')).toBe('no-store');
    // The untouched link, beside the refusals made from it.
    expect((await get(path)).text).toContain(titles.ar);
  });

  it('is never listed in the sitemap', async () => {
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.status).toBe(200);
    expect(sitemap.text).toContain('/ar/events/');
    expect(sitemap.text).not.toContain('/preview/');
    expect(sitemap.text).not.toContain(slug);
  });

  // The audit (accessibility/) cannot reach a valid preview without a live signature: axe runs here.
  it('passes axe in both locales (the audit covers the invalid-link state)', async () => {
    const browser = await launch();
    try {
      for (const locale of ['ar', 'fr']) {
        // As the audit does: axe needs a page of its own context, with reduced motion.
        const context = await browser.newContext({ reducedMotion: 'reduce' });
        const page = await context.newPage();
        await page.goto(`${SITE}${await previewPath(locale)}`);
        expect(await page.getByRole('note').first().textContent()).toContain(messages(locale).preview_banner_title);
        const { violations } = await runAxe(page);
        expect(violations, locale).toEqual([]);
        await context.close();
      }
    } finally {
      await browser.close();
    }
  });
});
