import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from './admin-users';
import { startMailbox } from './mailbox';
import { bootStrapi, type Harness } from './strapi-harness';

/**
 * Association accounts and their applications, through the CMS's HTTP routes as the site calls
 * them, with a real SMTP server reading what is sent:
 * - an account is confirmed by the link of its e-mail; the same address registered again gets a
 *   notice, not a second account; a password reset revokes every session at once;
 * - an application is reachable by its owners only (never another association, never anonymous),
 *   its owner and status are never taken from a request, its files are PDF/JPEG/PNG by content;
 * - submitting checks the deadline, verification and completeness, and of racing submissions
 *   exactly one wins, with one receipt number and one receipt e-mail;
 * - staff move it through the workflow; a decision e-mails the association in its language and an
 *   accepted application becomes a public partnership.
 * Each refusal is paired with the allowed case.
 */
let h: Harness;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let attachments: string;
const CALL = 'api::call-for-interest.call-for-interest';
const APPLICATION = 'api::application.application';

async function api(method: string, path: string, { body, jwt, form }: { body?: unknown; jwt?: string; form?: FormData } = {}) {
  const res = await fetch(`${h.url}/api${path}`, {
    method,
    headers: {
      ...(jwt ? { authorization: `Bearer ${jwt}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: form ?? (body !== undefined ? JSON.stringify(body) : undefined),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as any };
}

const tokenIn = (text: string) => /token=([A-Za-z0-9_-]{43})/.exec(text)?.[1];
const PASSWORD = 'Tetouan-2026-bahr';

/** Registers, confirms through the e-mail and signs in an association; returns its tokens. */
async function newAssociation(email: string, locale = 'ar', name = 'جمعية الأمل للثقافة') {
  const r = await api('POST', '/account/register', {
    body: { email, password: PASSWORD, locale, association: { name, category: 'culture' } },
  });
  expect(r.status).toBe(202);
  const mail = await mailbox.waitFor(email);
  await api('POST', '/account/confirm', { body: { token: tokenIn(mail.text) } });
  const signIn = await api('POST', '/account/sign-in', { body: { email, password: PASSWORD } });
  expect(signIn.status).toBe(200);
  return signIn.body as { jwt: string; refreshToken: string; expiresAt: string };
}

async function verify(email: string) {
  const user = await h.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email } });
  const rows = await h.strapi.db.query('api::association.association').findMany({ where: { accounts: { id: user.id } } });
  // As staff do in the admin panel: through the document service, one language version after the other.
  for (const r of rows) {
    await h.strapi
      .documents('api::association.association')
      .update({ documentId: r.documentId, locale: r.locale, data: { verified: true } });
  }
}

const pdf = () =>
  new Blob([Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')], { type: 'application/pdf' });

function upload(documentId: string, jwt: string, document: string, blob: Blob, name: string) {
  const form = new FormData();
  form.append('document', document);
  form.append('file', blob, name);
  return api('POST', `/applications/${documentId}/attachments`, { jwt, form });
}

const COMPLETE = {
  proposal: {
    contactName: 'سلمى العلوي',
    contactRole: 'رئيسة',
    contactPhone: '+212 600 000 000',
    title: 'مسرح الأحياء',
    summary: 'عروض مسرحية في الأحياء الهامشية',
    activities: 'ثماني ورشات وعرضان',
    kind: 'roaming-programme',
    startsOn: '2027-01-20',
    endsOn: '2027-05-30',
  },
  reach: { neighbourhoods: ['jbel-dersa'], audiences: ['womenOnly', 'youth'], participants: 120, outreach: 'عبر دور الشباب' },
  accessibility: { offers: ['signLanguage', 'stepFreeRoute'], plan: 'قاعات بدون درج ومترجم لغة الإشارة' },
};

async function createCall(slug: string, opensInDays: number, closesInDays: number, reference = 'AMI-2026-11') {
  const day = 24 * 3600_000;
  const doc = await h.strapi.documents(CALL).create({
    locale: 'ar',
    status: 'published',
    data: {
      reference,
      slug,
      title: `نداء ${slug}`,
      summary: 'ملخص',
      description: 'وصف',
      eligibility: 'شروط',
      help: 'مساعدة',
      opensAt: new Date(Date.now() + opensInDays * day).toISOString(),
      deadline: new Date(Date.now() + closesInDays * day).toISOString(),
      state: 'scheduled',
      partnershipKind: 'roaming-programme',
      criteria: [
        { key: 'reach', label: 'الفئات', weight: 60 },
        { key: 'quality', label: 'الجودة', weight: 40 },
      ],
      documents: [
        { key: 'statutes', label: 'القانون الأساسي', required: true },
        { key: 'report', label: 'تقرير', required: false },
      ],
    },
  });
  return doc.documentId as string;
}

beforeAll(async () => {
  mailbox = await startMailbox();
  attachments = mkdtempSync(join(tmpdir(), 'hub-attachments-'));
  Object.assign(process.env, mailbox.env, {
    ATTACHMENTS_DIR: attachments,
    SITE_URL: 'https://hub.example.org',
    // The programme team, told of each submission.
    STAFF_EMAIL: 'programme@commune.example, ami@commune.example',
    ADMIN_URL: 'https://admin.hub.example.org/admin',
  });
  h = await bootStrapi();
  const n = await h.strapi.documents('api::neighbourhood.neighbourhood').create({
    locale: 'ar',
    data: { name: 'جبل درسة', slug: 'jbel-dersa', peripheral: true, centroid: { lat: 35.57, lng: -5.38 } },
  });
  await h.strapi.documents('api::neighbourhood.neighbourhood').update({
    documentId: n.documentId,
    locale: 'fr',
    data: { name: 'Jbel Dersa', slug: 'jbel-dersa', peripheral: true, centroid: { lat: 35.57, lng: -5.38 } },
  });
  await createCall('open-call', -5, 20);
});

afterAll(async () => {
  await h?.stop();
  await mailbox?.stop();
  rmSync(attachments, { recursive: true, force: true });
});

describe('an association account', () => {
  it('is confirmed only through the link of its e-mail, in the language it registered in, and then signs in', async () => {
    const email = 'amal@example.org';
    const r = await api('POST', '/account/register', {
      body: { email: 'Amal@Example.org', password: PASSWORD, locale: 'fr', association: { name: 'Association Amal', category: 'culture' } },
    });
    expect(r.status).toBe(202);
    const mail = await mailbox.waitFor(email);
    expect(mail.subject).toBe('Confirmez votre adresse e-mail');
    expect(mail.html).toContain('lang="fr"');
    expect(mail.text).toContain('https://hub.example.org/fr/account/confirm?token=');

    expect((await api('POST', '/account/sign-in', { body: { email, password: PASSWORD } })).body.error.message).toBe('not-confirmed');
    expect((await api('POST', '/account/confirm', { body: { token: 'x'.repeat(43) } })).body.error.message).toBe('token-invalid');
    expect((await api('POST', '/account/confirm', { body: { token: tokenIn(mail.text) } })).status).toBe(200);
    // A link works once.
    expect((await api('POST', '/account/confirm', { body: { token: tokenIn(mail.text) } })).status).toBe(400);

    expect((await api('POST', '/account/sign-in', { body: { email, password: 'Wrong-password-1' } })).body.error.message).toBe(
      'credentials',
    );
    const signIn = await api('POST', '/account/sign-in', { body: { email, password: PASSWORD } });
    expect(signIn.status).toBe(200);
    expect(Date.parse(signIn.body.expiresAt)).toBeGreaterThan(Date.now());
    const me = await api('GET', '/account/me', { jwt: signIn.body.jwt });
    expect(me.body).toMatchObject({ email, association: { name: 'Association Amal', verified: false, correspondenceLanguage: 'fr' } });
  });

  it('answers a second registration of a known address as the first, with a notice by e-mail and no second account', async () => {
    const email = 'amal@example.org';
    const before = mailbox.to(email).length;
    const r = await api('POST', '/account/register', {
      body: { email, password: 'Other-password-2', locale: 'ar', association: { name: 'Autre', category: 'sport' } },
    });
    expect(r.status).toBe(202);
    const notice = await mailbox.waitFor(email, before + 1);
    expect(notice.subject).toBe('لديكم حساب بالفعل');
    expect(notice.html).toContain('dir="rtl"');
    expect(await h.strapi.db.query('plugin::users-permissions.user').count({ where: { email } })).toBe(1);
  });

  it('refuses weak passwords and bad input with a key for each field, never a 500', async () => {
    const weak = await api('POST', '/account/register', {
      body: { email: 'weak@example.org', password: '1234567890', locale: 'ar', association: { name: 'X', category: 'culture' } },
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details.fields).toEqual({ password: 'password-weak' });
    for (const body of [null, 'text', { email: 'not-an-address' }, { email: 'a@b.org', password: PASSWORD, locale: 'en' }]) {
      expect((await api('POST', '/account/register', { body })).status).toBe(400);
    }
    expect(await h.strapi.db.query('plugin::users-permissions.user').count({ where: { email: 'weak@example.org' } })).toBe(0);
  });

  it('is not in the public directory until the commune verifies it', async () => {
    const hidden = await h.get('/api/associations?locale=fr');
    expect(hidden.body.data.map((a: any) => a.name)).not.toContain('Association Amal');
    const before = mailbox.to('amal@example.org').length;
    await verify('amal@example.org');
    const shown = await h.get('/api/associations?locale=fr');
    expect(shown.body.data.map((a: any) => a.name)).toContain('Association Amal');
    // Told once, in its language.
    expect((await mailbox.waitFor('amal@example.org', before + 1)).subject).toBe('Votre association est vérifiée');
    await new Promise((r) => setTimeout(r, 200));
    expect(mailbox.to('amal@example.org')).toHaveLength(before + 1);
  });

  it('is told it is verified even when the mail server was down at that moment, once', async () => {
    await newAssociation('down@example.org', 'fr', 'Association Sabr');
    const before = mailbox.to('down@example.org').length;
    mailbox.refuse(true);
    try {
      await verify('down@example.org');
      await new Promise((r) => setTimeout(r, 200));
      expect(mailbox.to('down@example.org')).toHaveLength(before);
    } finally {
      mailbox.refuse(false);
    }
    // The outbox's next round sends it; the one after finds nothing left.
    const { flushVerificationNotices } = await import('../dist/src/api/association/verification.js' as string);
    await flushVerificationNotices(h.strapi);
    expect((await mailbox.waitFor('down@example.org', before + 1)).subject).toBe('Votre association est vérifiée');
    await flushVerificationNotices(h.strapi);
    await new Promise((r) => setTimeout(r, 200));
    expect(mailbox.to('down@example.org')).toHaveLength(before + 1);
  });

  it("cannot be prepared in someone else's name: whoever confirms through the mailbox sets the password", async () => {
    const email = 'victim@example.org';
    const planted = { email, password: 'Attacker-pass-1', locale: 'ar', association: { name: 'Fausse', category: 'sport' } };
    expect((await api('POST', '/account/register', { body: planted })).status).toBe(202);
    await mailbox.waitFor(email, 1);
    const mine = { email, password: 'Victim-pass-2027', locale: 'fr', association: { name: 'Vraie association', category: 'women' } };
    expect((await api('POST', '/account/register', { body: mine })).status).toBe(202);
    const second = await mailbox.waitFor(email, 2);
    expect((await api('POST', '/account/confirm', { body: { token: tokenIn(second.text) } })).status).toBe(200);
    expect((await api('POST', '/account/sign-in', { body: { email, password: 'Attacker-pass-1' } })).status).toBe(400);
    const signIn = await api('POST', '/account/sign-in', { body: { email, password: 'Victim-pass-2027' } });
    const me = await api('GET', '/account/me?locale=fr', { jwt: signIn.body.jwt });
    expect(me.body.association).toMatchObject({ name: 'Vraie association', category: 'women', correspondenceLanguage: 'fr' });
  });

  it('keeps what the commune verified: a verified association cannot rename itself, and edits the rest', async () => {
    const signIn = await api('POST', '/account/sign-in', { body: { email: 'amal@example.org', password: PASSWORD } });
    const renamed = await api('PUT', '/account/association?locale=fr', {
      jwt: signIn.body.jwt,
      body: { name: 'Autre nom', legalIdentifier: 'X-1' },
    });
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.details.fields).toEqual({ name: 'verified-locked', legalIdentifier: 'verified-locked' });
    const edited = await api('PUT', '/account/association?locale=fr', {
      jwt: signIn.body.jwt,
      body: { description: 'Théâtre et musique', neighbourhoodsServed: ['jbel-dersa'], contactPhone: '+212 539 00 00 00' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.association).toMatchObject({
      name: 'Association Amal',
      description: 'Théâtre et musique',
      neighbourhoodsServed: ['jbel-dersa'],
    });
    const bad = await api('PUT', '/account/association', {
      jwt: signIn.body.jwt,
      body: { neighbourhoodsServed: Array.from({ length: 40000 }, (_, i) => `n${i}`) },
    });
    expect(bad.status).toBe(400);
  });

  it('limits sign-in attempts per address, with a clear answer', async () => {
    const email = 'guess@example.org';
    const answers = [];
    for (let i = 0; i < 11; i++)
      answers.push((await api('POST', '/account/sign-in', { body: { email, password: `Wrong-${i}-password` } })).status);
    expect(answers.slice(0, 10).every((s) => s === 400)).toBe(true);
    const last = await api('POST', '/account/sign-in', { body: { email, password: 'Wrong-password' } });
    expect(last.status).toBe(429);
    expect(last.body.error).toMatchObject({ message: 'too-many' });
    expect(last.body.error.details.retryAfter).toBeGreaterThan(0);
  });

  it('loses every session on a password reset: the old token and refresh token stop working at once', async () => {
    const email = 'reset@example.org';
    const tokens = await newAssociation(email);
    expect((await api('GET', '/account/me', { jwt: tokens.jwt })).status).toBe(200);
    const refreshed = await api('POST', '/account/refresh', { body: { refreshToken: tokens.refreshToken } });
    expect(refreshed.status).toBe(200);

    const before = mailbox.to(email).length;
    expect((await api('POST', '/account/forgot', { body: { email, locale: 'ar' } })).status).toBe(202);
    // Same answer for an unknown address, and nothing sent.
    expect((await api('POST', '/account/forgot', { body: { email: 'nobody@example.org', locale: 'ar' } })).status).toBe(202);
    const mail = await mailbox.waitFor(email, before + 1);
    expect(mail.text).toContain('https://hub.example.org/ar/account/reset?token=');
    expect(mailbox.to('nobody@example.org')).toHaveLength(0);

    expect((await api('POST', '/account/reset', { body: { token: tokenIn(mail.text), password: 'short' } })).status).toBe(400);
    expect((await api('POST', '/account/reset', { body: { token: tokenIn(mail.text), password: 'New-password-2027' } })).status).toBe(200);
    expect((await api('GET', '/account/me', { jwt: tokens.jwt })).status).toBe(401);
    expect((await api('GET', '/account/me', { jwt: refreshed.body.jwt })).status).toBe(401);
    expect((await api('POST', '/account/refresh', { body: { refreshToken: refreshed.body.refreshToken } })).status).toBe(401);
    expect((await api('POST', '/account/sign-in', { body: { email, password: PASSWORD } })).status).toBe(400);
    const again = await api('POST', '/account/sign-in', { body: { email, password: 'New-password-2027' } });
    expect((await api('GET', '/account/me', { jwt: again.body.jwt })).status).toBe(200);
  });
});

describe('an application', () => {
  let owner: { jwt: string };
  let other: { jwt: string };
  let documentId: string;

  beforeAll(async () => {
    owner = await newAssociation('owner@example.org');
    other = await newAssociation('other@example.org');
    const started = await api('POST', '/applications/start', { jwt: owner.jwt, body: { call: 'open-call' } });
    expect(started.status).toBe(200);
    documentId = started.body.documentId;
  });

  it('is started once per association and call, with an identifier nobody can guess', async () => {
    const again = await api('POST', '/applications/start', { jwt: owner.jwt, body: { call: 'open-call' } });
    expect(again.body.documentId).toBe(documentId);
    expect(documentId).toMatch(/^[a-z0-9]{20,}$/);
    const mine = await api('GET', '/applications/mine', { jwt: owner.jwt });
    expect(mine.body.data.map((a: any) => a.documentId)).toEqual([documentId]);
    expect(mine.body.data[0]).toMatchObject({ status: 'draft', call: { slug: 'open-call', phase: 'open' } });
  });

  it('is saved step by step; the owner and the status are never taken from the request', async () => {
    const saved = await api('PUT', `/applications/${documentId}`, {
      jwt: owner.jwt,
      body: {
        proposal: { title: 'مسرح' },
        status: 'accepted',
        state: 'accepted',
        association: 1,
        receipt: 'AMI-2026-11-9999',
        data: { status: 'accepted' },
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ status: 'draft', receipt: null, editable: true, proposal: { title: 'مسرح' } });
    expect(saved.body.steps.proposal).toBe('todo');
    const row = await h.strapi.db.query(APPLICATION).findOne({ where: { documentId }, populate: { association: true } });
    expect(row.state).toBe('draft');
    expect(row.association.name).toBe('جمعية الأمل للثقافة');

    const bad = await api('PUT', `/applications/${documentId}`, {
      jwt: owner.jwt,
      body: { proposal: { title: 'x'.repeat(201), kind: 'party' }, reach: { participants: -3, neighbourhoods: ['nowhere'] } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields).toEqual({
      title: 'too-long',
      kind: 'invalid',
      participants: 'invalid',
      neighbourhoods: 'invalid',
    });
    expect((await api('GET', `/applications/${documentId}`, { jwt: owner.jwt })).body.proposal.title).toBe('مسرح');
  });

  it('cannot be read, changed, listed or submitted by another association, nor by an anonymous visitor', async () => {
    for (const [method, path] of [
      ['GET', `/applications/${documentId}`],
      ['PUT', `/applications/${documentId}`],
      ['POST', `/applications/${documentId}/submit`],
      ['POST', `/applications/${documentId}/withdraw`],
      ['DELETE', `/applications/${documentId}/attachments/1`],
      ['GET', `/applications/${documentId}/attachments/1`],
    ]) {
      const theirs = await api(method, path, { jwt: other.jwt, body: method === 'PUT' ? { proposal: { title: 'volé' } } : undefined });
      expect(theirs.status, `${method} ${path} by another association`).toBe(404);
      expect((await api(method, path)).status, `${method} ${path} anonymously`).toBe(403);
    }
    expect((await upload(documentId, other.jwt, 'statutes', pdf(), 'x.pdf')).status).toBe(404);
    expect((await api('GET', '/applications/mine', { jwt: other.jwt })).body.data).toEqual([]);
    expect((await api('GET', '/applications/mine')).status).toBe(403);
    // No generic route of the content API lists or counts applications.
    for (const path of ['/applications', `/applications?filters[documentId]=${documentId}`]) {
      expect((await api('GET', path, { jwt: other.jwt })).status).not.toBe(200);
      expect((await api('GET', path)).status).not.toBe(200);
    }
    expect((await api('GET', `/applications/${documentId}`, { jwt: owner.jwt })).body.proposal.title).toBe('مسرح');
  });

  it('takes PDF, JPEG and PNG files by their content, up to 10 MB; anything else leaves nothing stored', async () => {
    const ok = await upload(documentId, owner.jwt, 'statutes', pdf(), 'النظام الأساسي.pdf');
    expect(ok.status).toBe(201);
    expect(ok.body.attachments).toEqual([
      expect.objectContaining({ document: 'statutes', name: 'النظام الأساسي.pdf', mime: 'application/pdf' }),
    ]);
    expect(readdirSync(attachments)).toHaveLength(1);

    const exe = new Blob([Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00'), Buffer.alloc(4000)])]);
    const svg = new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], { type: 'image/svg+xml' });
    const big = new Blob([Buffer.from('%PDF-1.4\n'), Buffer.alloc(20 * 1024 * 1024)]);
    for (const [blob, name, key] of [
      [exe, 'statuts.pdf', 'file-type'],
      [svg, 'logo.png', 'file-type'],
      [big, 'rapport.pdf', 'file-too-large'],
    ] as const) {
      const refused = await upload(documentId, owner.jwt, 'report', blob, name);
      expect(refused.status, name).toBe(400);
      expect(refused.body.error).toMatchObject({ message: key, details: { field: 'document-report' } });
    }
    expect((await upload(documentId, owner.jwt, 'budget', pdf(), 'x.pdf')).body.error.message).toBe('document-unknown');
    expect(readdirSync(attachments)).toHaveLength(1);
    expect((await api('GET', `/applications/${documentId}`, { jwt: owner.jwt })).body.attachments).toHaveLength(1);
  });

  it('is submitted only by a verified association, complete, once: of racing submissions exactly one wins', async () => {
    expect((await api('POST', `/applications/${documentId}/submit`, { jwt: owner.jwt })).body.error.message).toBe('not-verified');
    await verify('owner@example.org');
    const incomplete = await api('POST', `/applications/${documentId}/submit`, { jwt: owner.jwt });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.message).toBe('incomplete');
    expect(incomplete.body.error.details.fields).toMatchObject({
      contactName: 'required',
      neighbourhoods: 'required',
      accessibilityPlan: 'required',
    });

    const filled = await api('PUT', `/applications/${documentId}`, { jwt: owner.jwt, body: COMPLETE });
    // What was sent, once: the neighbourhood has a row per language, the application links one.
    expect(filled.body.reach).toEqual(COMPLETE.reach);
    expect(filled.body.steps).toEqual({ about: 'done', proposal: 'done', reach: 'done', accessibility: 'done', documents: 'done' });

    const race = await Promise.all(Array.from({ length: 5 }, () => api('POST', `/applications/${documentId}/submit`, { jwt: owner.jwt })));
    const won = race.filter((r) => r.status === 200);
    expect(won).toHaveLength(1);
    expect(race.filter((r) => r.status === 409).every((r) => r.body.error.message === 'already-submitted')).toBe(true);
    expect(won[0].body).toMatchObject({ status: 'submitted', receipt: 'AMI-2026-11-0001', editable: false });

    const receipt = await mailbox.waitFor('owner@example.org', 3);
    expect(receipt.subject).toBe('وصل إيداع AMI-2026-11-0001');
    await new Promise((r) => setTimeout(r, 300));
    expect(mailbox.to('owner@example.org').filter((m) => m.subject.includes('AMI-2026-11-0001'))).toHaveLength(1);
    // The programme team hears of it once, in the CMS's default language, with the link to review it.
    for (const staff of ['programme@commune.example', 'ami@commune.example']) {
      const notice = await mailbox.waitFor(staff);
      expect(notice.subject).toBe('طلب جديد AMI-2026-11-0001: جمعية الأمل للثقافة');
      expect(notice.text).toContain(
        `https://admin.hub.example.org/admin/content-manager/collection-types/api::application.application/${documentId}`,
      );
      expect(mailbox.to(staff)).toHaveLength(1);
    }

    const again = await api('POST', `/applications/${documentId}/submit`, { jwt: owner.jwt });
    expect(again.status).toBe(409);
    expect((await api('PUT', `/applications/${documentId}`, { jwt: owner.jwt, body: { proposal: { title: 'تغيير' } } })).status).toBe(409);
  });

  it('gets consecutive receipt numbers when two associations submit to the same call', async () => {
    await verify('other@example.org');
    const started = await api('POST', '/applications/start', { jwt: other.jwt, body: { call: 'open-call' } });
    await api('PUT', `/applications/${started.body.documentId}`, { jwt: other.jwt, body: COMPLETE });
    await upload(started.body.documentId, other.jwt, 'statutes', pdf(), 'statuts.pdf');
    // The mail server is down as it is submitted: the submission stands, its receipt waits for the outbox.
    const before = mailbox.to('other@example.org').length;
    mailbox.refuse(true);
    let submitted;
    try {
      submitted = await api('POST', `/applications/${started.body.documentId}/submit`, { jwt: other.jwt });
    } finally {
      mailbox.refuse(false);
    }
    expect(submitted.body.receipt).toBe('AMI-2026-11-0002');
    expect(mailbox.to('other@example.org')).toHaveLength(before);
    const { flushOutbox } = await import('../dist/src/api/application/mails.js' as string);
    await flushOutbox(h.strapi);
    expect((await mailbox.waitFor('other@example.org', before + 1)).subject).toBe('وصل إيداع AMI-2026-11-0002');
    await flushOutbox(h.strapi);
    await new Promise((r) => setTimeout(r, 200));
    expect(mailbox.to('other@example.org')).toHaveLength(before + 1);
  });

  it('is not started nor submitted after the deadline (the CMS clock), nor before the call opens', async () => {
    const late = await newAssociation('late@example.org');
    await verify('late@example.org');
    const callId = await createCall('closing-call', -10, 1, 'AMI-2026-12');
    await createCall('future-call', 5, 30, 'AMI-2027-02');
    expect((await api('POST', '/applications/start', { jwt: late.jwt, body: { call: 'future-call' } })).body.error.message).toBe(
      'not-open-yet',
    );
    const started = await api('POST', '/applications/start', { jwt: late.jwt, body: { call: 'closing-call' } });
    expect(started.status).toBe(200);
    await api('PUT', `/applications/${started.body.documentId}`, { jwt: late.jwt, body: COMPLETE });
    await upload(started.body.documentId, late.jwt, 'statutes', pdf(), 'statuts.pdf');
    // The deadline passes (an editor moves it, as time would).
    await h.strapi
      .documents(CALL)
      .update({ documentId: callId, locale: 'ar', data: { deadline: new Date(Date.now() - 60_000).toISOString() } });
    await h.strapi.documents(CALL).publish({ documentId: callId, locale: 'ar' });
    const refused = await api('POST', `/applications/${started.body.documentId}/submit`, { jwt: late.jwt });
    expect(refused.body.error.message).toBe('deadline-passed');
    const row = await h.strapi.db.query(APPLICATION).findOne({ where: { documentId: started.body.documentId } });
    expect(row).toMatchObject({ state: 'draft', receipt: null });
    expect((await api('POST', '/applications/start', { jwt: other.jwt, body: { call: 'closing-call' } })).body.error.message).toBe(
      'deadline-passed',
    );
  });

  it('moves through the review as staff decide; a decision is e-mailed and an accepted one becomes a partnership', async () => {
    const staff = h.strapi.documents(APPLICATION);
    const draft = await h.strapi.db.query(APPLICATION).findOne({ where: { state: 'draft' } });
    await expect(staff.update({ documentId: draft.documentId, data: { state: 'accepted', decisionReason: 'x' } })).rejects.toThrow(/draft/);

    await staff.update({
      documentId,
      data: {
        state: 'under-review',
        reviews: [
          { criterion: 'reach', score: 4 },
          { criterion: 'quality', score: 5 },
        ],
      },
    });
    const reviewed = await h.strapi.db.query(APPLICATION).findOne({ where: { documentId } });
    expect(Number(reviewed.score)).toBe(88);
    await expect(staff.update({ documentId, data: { reviews: [{ criterion: 'charisma', score: 3 }] } })).rejects.toThrow(/critère/);
    await expect(staff.update({ documentId, data: { state: 'accepted' } })).rejects.toThrow(/Expliquez/);
    // What the association wrote is not the reviewer's to change.
    await staff.update({ documentId, data: { state: 'accepted', decisionReason: 'مشروع واضح وقريب من الساكنة', receipt: 'forged' } });

    const decision = await mailbox.waitFor('owner@example.org', 4);
    expect(decision.subject).toBe('قُبل طلبكم AMI-2026-11-0001');
    expect(decision.text).toContain('مشروع واضح وقريب من الساكنة');
    const seen = await api('GET', `/applications/${documentId}`, { jwt: owner.jwt });
    expect(seen.body).toMatchObject({ status: 'accepted', receipt: 'AMI-2026-11-0001', decision: { outcome: 'accepted' } });
    expect(seen.body).not.toHaveProperty('reviews');
    expect(JSON.stringify(seen.body)).not.toContain('score');

    await expect(staff.update({ documentId, data: { state: 'rejected', decisionReason: 'x' } })).rejects.toThrow();
    // Sent once: the outbox finds nothing left to send.
    const { flushOutbox } = await import('../dist/src/api/application/mails.js' as string);
    await flushOutbox(h.strapi);
    await new Promise((r) => setTimeout(r, 300));
    expect(mailbox.to('owner@example.org').filter((m) => m.subject.includes('قُبل'))).toHaveLength(1);
    // Nor does it tell the programme team twice: one notice per submission (the owner's and the other association's).
    expect(mailbox.to('programme@commune.example').map((m) => m.subject.split(':')[0])).toEqual([
      'طلب جديد AMI-2026-11-0001',
      'طلب جديد AMI-2026-11-0002',
    ]);
    const slug = (await api('GET', '/account/me', { jwt: owner.jwt })).body.association.slug;
    const partnerships = await h.get(`/api/partnerships?locale=ar&filters[association][slug][$eq]=${slug}`);
    expect(partnerships.body.data).toEqual([
      expect.objectContaining({ title: 'مسرح الأحياء', kind: 'roaming-programme', startsOn: '2027-01-20', endsOn: '2027-05-30' }),
    ]);
    expect(JSON.stringify(partnerships.body)).not.toContain('application');
    const inFrench = await h.get(`/api/partnerships?locale=fr&filters[association][slug][$eq]=${slug}`);
    expect(inFrench.body.data).toHaveLength(1);
    const detail = await h.get(`/api/associations/by-slug/${slug}?locale=ar`);
    expect(detail.body.data.partnerships).toEqual([
      expect.objectContaining({ kind: 'roaming-programme', call: expect.objectContaining({ reference: 'AMI-2026-11' }) }),
    ]);
  });
});

describe('the public calls', () => {
  it('carry their phase and never their applications', async () => {
    const list = await h.get('/api/calls?locale=ar&sort=deadline');
    expect(list.status).toBe(200);
    const phases = Object.fromEntries(list.body.data.map((c: any) => [c.slug, c.phase]));
    expect(phases).toMatchObject({ 'open-call': 'open', 'future-call': 'upcoming', 'closing-call': 'closed' });
    expect(list.body.data[0]).not.toHaveProperty('description');
    const one = await h.get('/api/calls/by-slug/open-call?locale=ar');
    expect(one.body.data.criteria.map((c: any) => c.weight)).toEqual([60, 40]);
    expect(one.body.data).not.toHaveProperty('applications');
    expect(one.body.data).not.toHaveProperty('receiptCounter');
  });
});

describe('staff in the admin panel', () => {
  const cm = (documentId = '') => `/content-manager/collection-types/${APPLICATION}${documentId ? `/${documentId}` : ''}`;

  it('lets an editor review (status, scores, reason) but not rewrite what the association wrote; an author sees nothing', async () => {
    const row = await h.strapi.db.query(APPLICATION).findOne({ where: { receipt: 'AMI-2026-11-0002' }, populate: { attachments: true } });
    const editor = await signInAs(h.strapi, h.url, 'strapi-editor');
    const author = await signInAs(h.strapi, h.url, 'strapi-author');

    expect((await editor(cm())).status).toBe(200);
    expect((await author(cm())).status).toBe(403);

    const changed = await editor(cm(row.documentId), 'PUT', { state: 'under-review', title: 'Titre réécrit', decisionReason: null });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const after = await h.strapi.db.query(APPLICATION).findOne({ where: { id: row.id } });
    expect(after).toMatchObject({ state: 'under-review', title: 'مسرح الأحياء' });
    const refused = await editor(cm(row.documentId), 'PUT', { state: 'draft' });
    expect(refused.status).toBe(400);

    // Documents open through the admin route, for those who may read applications only.
    const file = `/hub/applications/${row.documentId}/attachments/${row.attachments[0].id}`;
    const download = await fetch(`${h.url}${file}`, { headers: { authorization: `Bearer ${editor.token}` } });
    expect(download.status).toBe(200);
    expect((await download.text()).startsWith('%PDF')).toBe(true);
    expect((await author(file)).status).toBe(404);
    expect((await fetch(`${h.url}${file}`)).status).toBe(401);
  });
});
