import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../../accessibility/src/axe.js';
import { adminApi, signIn as staffSignIn } from './admin-api';
import { chooseWithArrows, CMS, launch, SITE, tabTo } from './harness';
import { linkIn, mailsTo, waitForMail } from './mailbox';

/**
 * An association, in Arabic, with a keyboard only: from the home page to a call, registers,
 * confirms its address with the link of the e-mail it received, signs in, starts an application,
 * loses the connection while saving a step (the steps saved before are kept, the page says this
 * one was not saved), uploads its documents (a file that is not a PDF is refused beside the
 * field), is refused submission until the commune has verified it, is verified by staff, submits
 * and gets its receipt, which also arrives by e-mail. Then nobody else can see the application:
 * not a second association, not an anonymous visitor, by the site's addresses or the CMS's API.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const CALL = 'programme-itinerant-2027';
const PASSWORD = `Nour-${randomBytes(6).toString('hex')}`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const email = (who: string) => `${who}-${randomBytes(4).toString('hex')}@hub.localhost`;

async function axeClean(page: Page, what: string) {
  const { violations } = await runAxe(page);
  expect(violations, what).toEqual([]);
}

/** The CMS's answer to its own API, for checks a visitor could try by hand. */
async function cmsApi(path: string, init: RequestInit & { jwt?: string } = {}) {
  const res = await fetch(`${CMS}/api${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.jwt ? { authorization: `Bearer ${init.jwt}` } : {}) },
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

/** Staff verify the association in the admin panel's API, as a member of the commune would. */
async function verifyAsStaff(name: string) {
  const as = adminApi(await staffSignIn());
  const uid = '/content-manager/collection-types/api::association.association';
  const found = await as(`${uid}?locale=ar&filters[name][$eq]=${encodeURIComponent(name)}`);
  const documentId = found.results[0]?.documentId as string;
  expect(documentId, `the association ${name} is listed in the admin panel`).toBeTruthy();
  await as(`${uid}/${documentId}?locale=ar`, 'PUT', { verified: true });
}

/** An association registered and confirmed through the CMS's API: the second one, whose journey is not under test. */
async function otherAssociation() {
  const address = email('autre');
  expect(
    (
      await cmsApi('/account/register', {
        method: 'POST',
        body: JSON.stringify({
          email: address,
          password: PASSWORD,
          locale: 'fr',
          association: { name: `Autre ${address}`, category: 'sport' },
        }),
      })
    ).status,
  ).toBe(202);
  const token = new URL(linkIn(await waitForMail(address, () => true), /\/account\/confirm$/)).searchParams.get('token');
  expect((await cmsApi('/account/confirm', { method: 'POST', body: JSON.stringify({ token }) })).status).toBe(200);
  return address;
}

async function signInOnSite(context: BrowserContext, address: string, locale = 'ar') {
  const page = await context.newPage();
  await page.goto(`${SITE}/${locale}/account/sign-in`);
  await page.fill('#sign-in-email', address);
  await page.fill('#sign-in-password', PASSWORD);
  await page.click('#sign-in-submit');
  await page.waitForURL(new RegExp(`/${locale}/account$`));
  return page;
}

describe('an association in Arabic, with a keyboard only', () => {
  const me = email('nour');
  const name = `جمعية النور ${randomBytes(3).toString('hex')}`;
  let applicationId = '';
  let receipt = '';
  let documentPath = '';

  it('registers, confirms, signs in, applies across a lost connection, and submits once verified', async () => {
    const context = await browser.newContext({ locale: 'ar-MA', reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const tab = (selector: string) => tabTo(page, selector, { checkFocus: true });
    const enter = async (selector: string) => {
      await tab(selector);
      await page.keyboard.press('Enter');
    };
    const type = async (selector: string, text: string) => {
      await tab(selector);
      await page.keyboard.type(text);
    };

    // From the home page to the open call, then to applying: signing in is asked first.
    await page.goto(`${SITE}/ar`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await enter('.main-nav a[href="/ar/calls"]');
    await page.waitForURL(/\/ar\/calls$/);
    await enter(`section[aria-labelledby="calls-open"] a[href="/ar/calls/${CALL}"]`);
    await page.waitForURL(new RegExp(`/ar/calls/${CALL}$`));
    expect(await page.locator('.status-line').textContent()).toMatch(/^يُغلق (بعد|اليوم|غدًا)/);
    expect(await page.locator('table th[scope="col"]').count()).toBe(3);
    await enter(`a.button[href="/ar/calls/${CALL}/apply"]`);
    await page.waitForURL(/\/ar\/account\/sign-in\?next=/);
    await enter('a[href="/ar/account/register"]');
    await page.waitForURL(/\/ar\/account\/register$/);

    // Sent empty: the error summary, focused, in Arabic, each problem a link to its field.
    await enter('#register-submit');
    await page.locator('.error-summary').waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await page.locator('#register-name-error').textContent()).toBe('اكتبوا اسم الجمعية');
    await axeClean(page, 'register, error state');
    await enter('.error-summary a[href="#register-name"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('register-name');
    await page.keyboard.type(name);
    await tab('#register-category');
    await chooseWithArrows(page, '#register-category', 'disability');
    await type('#register-email', me);
    await type('#register-password', PASSWORD);
    await type('#register-confirmPassword', PASSWORD);
    await enter('#register-submit');
    await page.locator('#register-result').waitFor();

    // The confirmation e-mail, in Arabic, leads to the confirmation page.
    const confirmation = await waitForMail(me, (m) => /\/ar\/account\/confirm\?token=/.test(m.text + m.html));
    await page.goto(linkIn(confirmation, /^\/ar\/account\/confirm$/));
    await enter('#confirm-submit');
    await page.locator('#confirm-result').waitFor();
    await enter('#confirm-result a[href="/ar/account/sign-in"]');
    await page.waitForURL(/\/ar\/account\/sign-in$/);
    await type('#sign-in-email', me);
    await type('#sign-in-password', PASSWORD);
    await enter('#sign-in-submit');
    await page.waitForURL(/\/ar\/account$/);
    expect(await page.locator('#verification').textContent()).toContain('في انتظار تحقق الجماعة');
    await axeClean(page, 'account, signed in, unverified');

    // The session is in httpOnly cookies that no script can read.
    const cookies = await context.cookies();
    expect(cookies.filter((c) => c.name.startsWith('hub_')).every((c) => c.httpOnly && c.sameSite === 'Lax')).toBe(true);
    expect(await page.evaluate(() => document.cookie)).not.toMatch(/hub_/);

    // Start the application from the call's page.
    await page.goto(`${SITE}/ar/calls/${CALL}`);
    await enter(`a.button[href="/ar/calls/${CALL}/apply"]`);
    await page.waitForURL(new RegExp(`/ar/calls/${CALL}/apply$`));
    await enter('#start-submit');
    await page.waitForURL(/\/apply\/about$/);
    await type('#about-contactName', 'حجر العلمي');
    await type('#about-contactPhone', '0539 12 34 56');
    await enter('#about-submit');
    await page.waitForURL(/\/apply\/proposal$/);
    await type('#proposal-title', 'ورشات مسرح دامجة بكويلمة');
    await tab('#proposal-kind');
    await chooseWithArrows(page, '#proposal-kind', 'roaming-programme');
    await type('#proposal-summary', 'ورشات مسرح أسبوعية للشباب في وضعية إعاقة وأصدقائهم، بالحي.');
    await type('#proposal-activities', 'اثنتا عشرة ورشة يوم السبت صباحًا، وعرض ختامي مفتوح للجميع.');
    await enter('#proposal-submit');
    await page.waitForURL(/\/apply\/reach$/);

    // The connection drops while the third step is being saved: the page says so and keeps what was typed.
    await tab('#reach-neighbourhoods');
    await page.keyboard.press('Space');
    await tab('#reach-audiences-3');
    await page.keyboard.press('Space');
    await type('#reach-participants', '120');
    await context.setOffline(true);
    await enter('#reach-submit');
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').textContent()).toContain('انقطع الاتصال');
    expect(await page.locator('#reach-participants').inputValue()).toBe('120');
    await context.setOffline(false);

    // Back online: the first two steps were kept on the CMS; this one was not saved.
    await enter(`a[href="/ar/calls/${CALL}/apply"]`);
    await page.waitForURL(new RegExp(`/ar/calls/${CALL}/apply$`));
    expect(await page.locator('#step-about-status').textContent()).toBe('مكتملة');
    expect(await page.locator('#step-proposal-status').textContent()).toBe('مكتملة');
    expect(await page.locator('#step-reach-status').textContent()).toBe('غير مكتملة');
    await axeClean(page, 'task list');
    await enter(`a[href="/ar/calls/${CALL}/apply/reach"]`);
    await page.waitForURL(/\/apply\/reach$/);
    await tab('#reach-neighbourhoods');
    await page.keyboard.press('Space');
    await tab('#reach-audiences-3');
    await page.keyboard.press('Space');
    await type('#reach-participants', '120');
    await enter('#reach-submit');
    await page.waitForURL(/\/apply\/accessibility$/);
    await tab('#accessibility-offers');
    await page.keyboard.press('Space');
    await type('#accessibility-plan', 'قاعة في الطابق الأرضي، مترجم لغة الإشارة في العرض الختامي، ومرافقة عند الطلب.');
    await enter('#accessibility-submit');
    await page.waitForURL(/\/apply\/documents$/);

    // A file that is not a PDF, whatever its name: refused by the CMS, said beside the field, nothing kept.
    const upload = async (document: string, file: { name: string; mimeType: string; buffer: Buffer }) => {
      await tab('#upload-document');
      await chooseWithArrows(page, '#upload-document', document);
      await tab('#upload-file');
      await page.locator('#upload-file').setInputFiles(file);
      await enter('#upload-submit');
    };
    await upload('statutes', { name: 'statuts.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ this is not a PDF at all') });
    await page.locator('#upload-file-error').waitFor();
    expect(await page.locator('#upload-file-error').textContent()).toBe('هذا الملف ليس PDF ولا صورة JPEG أو PNG');
    await axeClean(page, 'documents, refused file');
    for (const document of ['statutes', 'receipt']) {
      await upload(document, { name: `${document}.pdf`, mimeType: 'application/pdf', buffer: PDF });
      await page.waitForURL(new RegExp(`/apply/documents\\?uploaded=${document}$`));
    }
    expect(await page.locator('.card').filter({ hasText: 'statutes.pdf' }).count()).toBe(1);
    // Each document can be downloaded back, the same bytes, kept by no cache.
    documentPath = (await page.locator('.card').filter({ hasText: 'statutes.pdf' }).locator('a[download]').getAttribute('href'))!;
    expect(documentPath).toMatch(new RegExp(`^/ar/calls/${CALL}/apply/documents/[^/]+$`));
    const download = await page.request.get(`${SITE}${documentPath}`);
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);
    expect(download.headers()).toMatchObject({ 'content-type': 'application/pdf', 'cache-control': 'private, no-store' });
    expect(download.headers()['content-disposition']).toBe("attachment; filename*=UTF-8''statutes.pdf");
    await enter(`a.button[href="/ar/calls/${CALL}/apply/check"]`);
    await page.waitForURL(/\/apply\/check$/);

    // Not verified yet: the draft is complete, submitting waits for the commune.
    await enter('#check-submit');
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').textContent()).toContain('لم تتحقق الجماعة بعد من جمعيتكم');
    await axeClean(page, 'check, refused until verified');

    await verifyAsStaff(name);
    await page.reload();
    await enter('#check-submit');
    await page.waitForURL(/\/apply\/receipt$/);
    receipt = (await page.locator('.reference').textContent())!.trim();
    expect(receipt).toMatch(/^AMI-2026-11-\d{4}$/);
    await axeClean(page, 'receipt');

    // The receipt e-mail carries the same reference.
    const mail = await waitForMail(me, (m) => (m.text + m.html).includes(receipt));
    expect(mail.subject).toBeTruthy();

    // The account lists it, submitted, with its receipt.
    await page.goto(`${SITE}/ar/account`);
    expect(await page.locator('.cards').textContent()).toContain(receipt);
    const jwt = (await cmsApi('/account/sign-in', { method: 'POST', body: JSON.stringify({ email: me, password: PASSWORD }) })).body
      .jwt as string;
    applicationId = (await cmsApi('/applications/mine', { jwt })).body.data[0].documentId;
    expect(errors).toEqual([]);
    await context.close();
  });

  it('cannot be seen by another association, nor by an anonymous visitor, by any address', async () => {
    expect(applicationId).toBeTruthy();
    const other = await otherAssociation();
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await signInOnSite(context, other, 'fr');
    for (const path of ['apply', 'apply/receipt', 'apply/check', 'apply/documents']) {
      await page.goto(`${SITE}/fr/calls/${CALL}/${path}`);
      expect(await page.content(), path).not.toContain(receipt);
    }
    // Nor its documents, by the address the owner downloads them from.
    const theirs = await page.request.get(`${SITE}${documentPath.replace(/^\/ar\//, '/fr/')}`, { maxRedirects: 0 });
    expect(theirs.status()).toBe(404);
    expect(Buffer.from(await theirs.body()).includes(PDF)).toBe(false);
    // Its own list is empty, and the CMS answers "not found" for the other's application.
    await page.goto(`${SITE}/fr/account`);
    expect(await page.content()).not.toContain(receipt);
    const jwt = (await cmsApi('/account/sign-in', { method: 'POST', body: JSON.stringify({ email: other, password: PASSWORD }) })).body
      .jwt as string;
    for (const [method, path] of [
      ['GET', `/applications/${applicationId}`],
      ['PUT', `/applications/${applicationId}`],
      ['POST', `/applications/${applicationId}/submit`],
      ['POST', `/applications/${applicationId}/withdraw`],
    ])
      expect((await cmsApi(path, { method, jwt, body: method === 'GET' ? undefined : '{}' })).status, `${method} ${path}`).toBe(404);
    await context.close();

    // Anonymous: the site sends to sign in, the CMS refuses.
    for (const path of ['apply', 'apply/receipt', 'apply/check', documentPath.replace(`/ar/calls/${CALL}/`, '')]) {
      const res = await fetch(`${SITE}/ar/calls/${CALL}/${path}`, { redirect: 'manual' });
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location')).toMatch(/^\/ar\/account\/sign-in\?next=/);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(await res.text()).not.toContain(receipt);
    }
    expect([401, 403, 404]).toContain((await cmsApi(`/applications/${applicationId}`)).status);
  });
});

describe('the account and application pages in French, signed in', () => {
  it('pass axe, including a step in its error state', async () => {
    const address = await otherAssociation();
    const context = await browser.newContext({ locale: 'fr-FR', reducedMotion: 'reduce' });
    const page = await signInOnSite(context, address, 'fr');
    await axeClean(page, 'fr account');
    await page.goto(`${SITE}/fr/account/profile`);
    await axeClean(page, 'fr profile');
    await page.goto(`${SITE}/fr/calls/${CALL}/apply`);
    await axeClean(page, 'fr apply, not started');
    await page.click('#start-submit');
    await page.waitForURL(/\/apply\/about$/);
    for (const step of ['about', 'proposal', 'reach', 'accessibility', 'documents', 'check']) {
      const res = await page.goto(`${SITE}/fr/calls/${CALL}/apply/${step}`);
      expect(res?.status(), step).toBe(200);
      expect(res?.headers()['cache-control'], step).toBe('private, no-store');
      await axeClean(page, `fr ${step}`);
    }
    // Without JavaScript's check: the server's own answer to an empty step.
    await page.goto(`${SITE}/fr/calls/${CALL}/apply/proposal`);
    await page.evaluate(() => (document.querySelector('#proposal') as HTMLFormElement).submit());
    await page.locator('.error-summary').waitFor();
    expect(await page.title()).toMatch(/^Erreur :/);
    expect(await page.locator('#proposal-title-error').textContent()).toBe('Ce champ est à remplir');
    await axeClean(page, 'fr proposal, server error state');

    // Signing out ends the session here: the account's pages lead to signing in again.
    await page.goto(`${SITE}/fr/account`);
    await page.click('form[action="/fr/account/sign-out"] button');
    await page.waitForURL(/\/fr\/account\/sign-in\?signed-out=1$/);
    expect((await context.cookies()).filter((c) => c.name.startsWith('hub_'))).toEqual([]);
    await page.goto(`${SITE}/fr/account`);
    expect(new URL(page.url()).pathname).toBe('/fr/account/sign-in');
    await context.close();
  });
});

describe('the forms refuse what a visitor should never get through', () => {
  it('keep what a visitor typed before the page’s JavaScript started, on a slow phone', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    // The page's JavaScript arrives only once the visitor has typed, as on a slow connection.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_app/immutable/entry/start.*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${SITE}/fr/account/sign-in`, { waitUntil: 'domcontentloaded' });
    await page.fill('#sign-in-email', 'typed-early@hub.localhost');
    await page.fill('#sign-in-password', 'Typed-early-123');
    release();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(await page.inputValue('#sign-in-email')).toBe('typed-early@hub.localhost');
    expect(await page.inputValue('#sign-in-password')).toBe('Typed-early-123');
    await context.close();
  });

  it('refuses a cross-site POST, and takes the same POST from the site itself', async () => {
    const body = new URLSearchParams({ email: 'x@hub.localhost', password: 'wrong' }).toString();
    const post = (origin: string) =>
      fetch(`${SITE}/fr/account/sign-in`, {
        method: 'POST',
        redirect: 'manual',
        headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    expect((await post('https://evil.example')).status).toBe(403);
    const same = await post(new URL(SITE).origin);
    expect(same.status).toBe(400);
    expect(await same.text()).toContain('Adresse e-mail ou mot de passe incorrect');
  });

  it('says a file is too large, in the page’s language, instead of failing', async () => {
    const address = await otherAssociation();
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await signInOnSite(context, address, 'fr');
    await page.goto(`${SITE}/fr/calls/${CALL}/apply`);
    await page.click('#start-submit');
    await page.waitForURL(/\/apply\/about$/);
    await page.goto(`${SITE}/fr/calls/${CALL}/apply/documents`);
    await page.selectOption('#upload-document', 'statutes');
    await page
      .locator('#upload-file')
      .setInputFiles({ name: 'big.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]) });
    await page.click('#upload-submit');
    await page.locator('#upload-file-error').waitFor();
    expect(await page.locator('#upload-file-error').textContent()).toContain('10 Mo');
    expect(await mailsTo(address)).toHaveLength(1);
    await context.close();
  });
});

describe('an association changes its mind', () => {
  it('withdraws its application only after ticking the confirmation, and may start again', async () => {
    const address = await otherAssociation();
    const context = await browser.newContext({ locale: 'fr-MA', reducedMotion: 'reduce' });
    const page = await signInOnSite(context, address, 'fr');
    await page.goto(`${SITE}/fr/calls/${CALL}/apply`);
    await page.click('#start-submit');
    await page.waitForURL(/\/apply\/about$/);
    await page.goto(`${SITE}/fr/calls/${CALL}/apply`);

    // Not ticked: nothing happens but a message beside the box, summarised at the top.
    await page.click('#withdraw-submit');
    await expect.poll(() => page.locator('#withdraw-confirm-error').count()).toBe(1);
    expect(await page.locator('.error-summary a[href="#withdraw-confirm"]').count()).toBe(1);
    await axeClean(page, 'the withdrawal in its error state');
    expect((await cmsApi('/applications/mine', { jwt: await jwtOf(address) })).body.data[0].status).toBe('draft');

    await page.check('#withdraw-confirm');
    await page.click('#withdraw-submit');
    await expect.poll(() => page.locator('#start-submit').count()).toBe(1);
    expect((await cmsApi('/applications/mine', { jwt: await jwtOf(address) })).body.data[0].status).toBe('withdrawn');
    await context.close();
  });

  it('asks for a new confirmation link when the first one is lost', async () => {
    const address = email('perdu');
    const body = { email: address, password: PASSWORD, locale: 'fr', association: { name: `Perdu ${address}`, category: 'youth' } };
    expect((await cmsApi('/account/register', { method: 'POST', body: JSON.stringify(body) })).status).toBe(202);
    await waitForMail(address, () => true);
    const context = await browser.newContext({ locale: 'fr-MA', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${SITE}/fr/account/sign-in`);
    await page.click('a[href="/fr/account/resend"]');
    await page.fill('#resend-email', address);
    await page.click('#resend-submit');
    await expect.poll(() => page.locator('#resend-result').count()).toBe(1);
    await expect.poll(async () => (await mailsTo(address)).length, { timeout: 10_000 }).toBe(2);
    await context.close();
  });
});

/** A fresh token of an association, for checks through the CMS's own API. */
async function jwtOf(address: string) {
  const res = await cmsApi('/account/sign-in', { method: 'POST', body: JSON.stringify({ email: address, password: PASSWORD }) });
  return res.body.jwt as string;
}
