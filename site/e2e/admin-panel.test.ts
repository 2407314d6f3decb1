import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { adminApi, createEventDraft, createStaff, eventFields, EVENTS, signIn } from './admin-api';
import { CMS, get, launch, within60s } from './harness';

/**
 * The editors' workspace in a browser, as a municipal editor who works in French uses it: signs
 * in to the admin panel with the login form, finds the events list as src/admin-config describes
 * it, opens a draft, previews it on the site inside the admin panel, publishes it, and finds it on
 * the public site. Needs the admin panel's build (scripts/test.mjs serves it).
 */
const json = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const fr = json('../messages/fr.json');
const view = json('../../cms/src/admin-config/event.json') as {
  settings: { defaultSortBy: string; defaultSortOrder: 'ASC' | 'DESC' };
  list: string[];
  fields: Record<string, { fr: string }>;
  name: { fr: string };
};
const locales = json('../../cms/src/locales.json') as { locales: { code: string; name: string }[] };

const token = randomBytes(3).toString('hex');
const slug = `admin-panel-test-${token}`;
const titles = { ar: `مسودة من لوحة الإدارة ${token}`, fr: `Brouillon du panneau d’administration ${token}` };
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** A date and time as the admin panel writes it in French, as a number that sorts like the instant. */
function frenchDateTime(text: string) {
  const m = text.match(/(\d{1,2}) (\p{L}+) (\d{4}) à (\d{1,2}):(\d{2})/u);
  expect(m && MONTHS.includes(m[2]), `a date in French: "${text}"`).toBeTruthy();
  const [, day, month, year, hour, minute] = m!;
  return Date.UTC(Number(year), MONTHS.indexOf(month), Number(day), Number(hour), Number(minute));
}

/** Long enough for a page of the admin panel to load on a busy two-core machine, short enough to fail in time. */
const PATIENCE = 30_000;

let browser: Browser;
let page: Page;
let editor: { email: string; password: string };
let documentId = '';
let cleanUp: ReturnType<typeof adminApi>;

beforeAll(async () => {
  const superToken = await signIn();
  cleanUp = adminApi(superToken);
  // An editor whose profile says French, as one would have chosen it in the admin panel.
  const staff = await createStaff(superToken, 'strapi-editor', { preferedLanguage: 'fr' });
  editor = staff;
  documentId = await createEventDraft(adminApi(staff.token), eventFields(slug, 4), {
    ar: { title: titles.ar, summary: 'مسودة لم تنشر بعد.' },
    fr: { title: titles.fr, summary: 'Un brouillon pas encore publié.' },
  });
  browser = await launch();
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Africa/Casablanca', viewport: { width: 1366, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(PATIENCE);
  page.setDefaultNavigationTimeout(60_000);
});

afterAll(async () => {
  await browser?.close();
  if (documentId) await cleanUp(`${EVENTS}/${documentId}?locale=*`, 'DELETE').catch(() => {});
});

describe("the editors' workspace in the admin panel, in French", () => {
  it('signs in, lists the events as configured, previews a draft on the site, publishes it and finds it there', async () => {
    // What the page looked like and what it offered to assistive technology when the test failed.
    onTestFailed(async () => {
      const dir = mkdtempSync(join(tmpdir(), 'admin-panel-test-'));
      await page?.screenshot({ path: join(dir, 'failure.png'), fullPage: true }).catch(() => {});
      const tree = await page
        ?.locator('body')
        .ariaSnapshot()
        .catch((e: Error) => e.message);
      writeFileSync(join(dir, 'failure.aria.yml'), tree ?? '');
      console.error(`The admin panel at the failure (${page?.url()}): ${dir}/failure.png and failure.aria.yml`);
    });

    // 1. The login form, typed in. Strapi shows it in English to a browser it does not know yet;
    //    the interface turns French from the editor's profile once they have signed in.
    await page.goto(`${CMS}/admin`);
    const email = page.getByRole('textbox', { name: 'Email' });
    await email.click();
    await page.keyboard.type(editor.email);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('password');
    await page.keyboard.type(editor.password);
    await page.keyboard.press('Enter');
    const contentManager = page.getByRole('link', { name: 'Gestion du contenu' });
    await contentManager.waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');

    // 2. The events list: the configured columns, named in French, in order; sorted by start date.
    await contentManager.click();
    await page.getByRole('link', { name: view.name.fr }).click();
    await page.getByRole('heading', { level: 1, name: view.name.fr }).waitFor();
    const table = page.getByRole('grid');
    const headerCells = table.getByRole('row').first().getByRole('gridcell');
    await headerCells.first().waitFor();
    const headers = (await headerCells.allTextContents()).map((h) => h.trim());
    const configured = view.list.map((field) => view.fields[field].fr);
    // Strapi puts a checkbox before them and the languages and publication state after them.
    expect(
      headers.filter((h) => configured.includes(h)),
      `columns shown: ${headers.join(', ')}`,
    ).toEqual(configured);
    // Sorted as configured: Strapi marks a column as sorted only once someone sorts by it, so read
    // the start dates down the first page, as they are written in French ("jeudi 11 février 2027 à 16:30").
    const sortColumn = headers.indexOf(view.fields[view.settings.defaultSortBy].fr);
    const rows = table.getByRole('row');
    const starts: number[] = [];
    for (let i = 1; i < (await rows.count()); i++)
      starts.push(frenchDateTime(await rows.nth(i).getByRole('gridcell').nth(sortColumn).innerText()));
    expect(new Set(starts).size, 'distinct start dates on the first page').toBeGreaterThan(1);
    const sorted = [...starts].sort((a, b) => (view.settings.defaultSortOrder === 'ASC' ? a - b : b - a));
    expect(starts).toEqual(sorted);

    // 3. The draft, in French: the list's language, then a search for its title.
    await page.getByRole('combobox', { name: 'Sélectionnez une locale' }).click();
    await page.getByRole('option', { name: locales.locales.find((l) => l.code === 'fr')!.name }).click();
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByRole('searchbox', { name: `Rechercher ${view.name.fr}` }).fill(titles.fr);
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: titles.fr }).click();
    // Its edit view: the form, its fields named in French.
    const titleField = page.getByRole('textbox', { name: view.fields.title.fr, exact: true });
    await expect.poll(() => titleField.inputValue(), { timeout: PATIENCE }).toBe(titles.fr);

    // Its preview: the site's preview page of the draft, framed by the admin panel.
    await page.getByRole('link', { name: 'Ouvrir l’aperçu' }).click();
    const preview = page.getByTitle('Aperçu').contentFrame();
    await preview.getByRole('heading', { level: 1, name: titles.fr }).waitFor();
    expect(await preview.getByRole('note').innerText()).toContain(fr.preview_banner_title);

    // 4. Back to the edit view, and publish with the button of its side panel (the preview's
    //    header has one too).
    await page.getByRole('link', { name: 'Fermer l’aperçu' }).click();
    await page.getByRole('complementary').getByRole('button', { name: 'Publier', exact: true }).click();
    // Strapi asks for a confirmation only in some cases (a relation to a draft, for one).
    const confirm = page.getByRole('alertdialog').getByRole('button', { name: /^(Oui, publier|Confirmer|Publier)$/ });
    const published = page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /^Publié$/ });
    await confirm.or(published).first().waitFor();
    if (await confirm.isVisible()) await confirm.click();
    await published.waitFor();

    // 5. The public site.
    expect(await within60s(async () => (await get(`/fr/events/${slug}`)).status === 200)).toBe(true);
    expect((await get(`/fr/events/${slug}`)).text).toContain(titles.fr);
  });
});
