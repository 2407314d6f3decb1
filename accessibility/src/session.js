/**
 * A signed-in association for the audit, so that the pages only an account sees (its account,
 * its profile, the steps of an application) are audited like every other page. It is made as a
 * person would make it: registered through the CMS's account route, confirmed with the link of
 * the e-mail the test stack's mail catcher (HUB_MAIL_URL, MailDev) received, signed in through
 * the site's own form, which answers with the site's session cookies, and an application started
 * on an open call of the seed.
 */
import { randomBytes } from 'node:crypto';

/** An open call of the seed (cms/src/seed/calls.json), open on the test stack's clock. */
export const AUDIT_CALL = 'programme-itinerant-2027';

async function ok(res, what) {
  if (!res.ok && ![302, 303].includes(res.status)) throw new Error(`${what} answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
  return res;
}

async function confirmationToken(mail, address) {
  for (let i = 0; i < 60; i++) {
    const mails = await (await ok(await fetch(`${mail}/email`), 'the mail catcher')).json();
    const found = mails.find((m) => m.to.some((t) => t.address === address));
    const token = found && `${found.text}\n${found.html}`.match(/\/account\/confirm\?token=([\w-]+)/)?.[1];
    if (token) return token;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`no confirmation e-mail reached ${address}`);
}

/** Posts a form to the site as its own page would (same origin), keeping the cookies. */
async function postForm(site, path, fields, cookies = []) {
  return fetch(`${site}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      origin: new URL(site).origin,
      accept: 'text/html',
      'content-type': 'application/x-www-form-urlencoded',
      cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
    },
    body: new URLSearchParams(fields).toString(),
  });
}

/** Returns the site's session cookies of a new, confirmed association with an application started. */
export async function signedInAssociation({ site, cms, mail }) {
  const email = `audit-${randomBytes(4).toString('hex')}@hub.localhost`;
  const password = `Audit-${randomBytes(8).toString('hex')}`;
  await ok(
    await fetch(`${cms}/api/account/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password, locale: 'ar', association: { name: `جمعية التدقيق ${email}`, category: 'disability' } }),
    }),
    'registering',
  );
  const token = await confirmationToken(mail, email);
  await ok(
    await fetch(`${cms}/api/account/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    }),
    'confirming',
  );
  const signIn = await postForm(site, '/ar/account/sign-in', { email, password });
  if (signIn.status !== 303) throw new Error(`signing in on the site answered ${signIn.status}`);
  const cookies = signIn.headers.getSetCookie().map((c) => {
    const [pair] = c.split(';');
    const eq = pair.indexOf('=');
    return { name: pair.slice(0, eq), value: pair.slice(eq + 1) };
  });
  const started = await postForm(site, `/ar/calls/${AUDIT_CALL}/apply?/start`, {}, cookies);
  if (started.status !== 303) throw new Error(`starting an application answered ${started.status}`);
  return cookies;
}
