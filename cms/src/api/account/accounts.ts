import type { Core } from '@strapi/strapi';
import { randomBytes } from 'node:crypto';
import { now } from '../../clock';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../../locales';
import { sendMail, siteUrl } from '../../mail/send';
import { ASSOCIATION_CATEGORIES } from '../../vocabulary';
import { rateLimiter } from '../../utils/rate-limit';
import { invalidFields, Refusal } from '../../utils/refusal';
import { hashToken, looksLikeToken, newToken, readEmail, readLocale, readPassword } from './credentials';

/**
 * Association accounts, on users-permissions' users and sessions, opened on the hub's own terms:
 * - registering creates an unconfirmed account and, in the same transaction, the association it
 *   belongs to, unverified; the answer is the same whether the address is known or not (a known
 *   one gets an e-mail saying so), so nobody learns who has an account;
 * - sign-in needs a confirmed address; sessions are users-permissions' refresh-token sessions;
 * - a password reset revokes every session of the account, including the access tokens already
 *   handed out (policies/active-session.ts checks the session behind each one);
 * - every action is limited per address (utils/rate-limit.ts).
 * Links in e-mails lead to the site, never to the CMS, which browsers do not reach.
 */
const USER = 'plugin::users-permissions.user';
const ASSOCIATION = 'api::association.association';
const CONFIRM_FOR_MS = 48 * 3600_000;
const RESET_FOR_MS = 3600_000;

const limits = {
  register: rateLimiter({ max: 5, windowMs: 3600_000 }),
  signIn: rateLimiter({ max: 10, windowMs: 15 * 60_000 }),
  mail: rateLimiter({ max: 3, windowMs: 3600_000 }),
  reset: rateLimiter({ max: 10, windowMs: 3600_000 }),
};

type Body = Record<string, unknown>;
const bodyOf = (raw: unknown): Body => (raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Body) : {});

/** A stored token: its hash and when it stops working, in one column of users-permissions. */
const stamp = (hash: string, forMs: number) => `${hash}.${now().getTime() + forMs}`;
const stillValid = (stored: string | null | undefined) => Number(String(stored ?? '').split('.')[1]) > now().getTime();

function readAssociationName(value: unknown): string {
  const name = typeof value === 'string' ? value.normalize('NFC').replace(/\s+/g, ' ').trim() : '';
  if (!name) throw invalidFields({ 'association.name': 'name-missing' });
  if ([...name].length > 200) throw invalidFields({ 'association.name': 'name-too-long' });
  return name;
}

function readCategory(value: unknown): string {
  if (typeof value !== 'string' || !ASSOCIATION_CATEGORIES.includes(value))
    throw invalidFields({ 'association.category': 'category-invalid' });
  return value;
}

/** A slug for a new association: its Latin letters if it has some, always with a random tail (names repeat). */
export function slugFor(name: string): string {
  const latin = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${latin || 'association'}-${randomBytes(3).toString('hex')}`;
}

const userByEmail = (strapi: Core.Strapi, email: string) =>
  strapi.db.query(USER).findOne({ where: { email, provider: 'local' }, populate: ['role'] }) as Promise<any>;

/** The association an account belongs to, in a locale if it has that version. */
export async function associationOf(strapi: Core.Strapi, userId: number, locale?: string): Promise<any | null> {
  const rows: any[] = await strapi.db.query(ASSOCIATION).findMany({
    where: { accounts: { id: userId } },
    populate: { neighbourhoodsServed: { select: ['slug'] } },
  });
  return rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === DEFAULT_LOCALE) ?? rows[0] ?? null;
}

async function sendConfirmation(strapi: Core.Strapi, user: any, locale: string, associationName: string) {
  const { token, hash } = newToken();
  await strapi.db.query(USER).update({ where: { id: user.id }, data: { confirmationToken: stamp(hash, CONFIRM_FOR_MS) } });
  const link = `${siteUrl()}/${locale}/account/confirm?token=${token}`;
  await sendMail(strapi, user.email, 'confirm', locale, { association: associationName, link });
}

/**
 * Mail about an account leaves after the answer, and a failure is logged, never shown: neither the
 * answer nor the time it takes may depend on whether an address has an account.
 */
function mailQuietly(strapi: Core.Strapi, what: string, send: () => Promise<void>) {
  void send().catch((e) => strapi.log.error(`[mail] ${what} could not be sent: ${(e as Error).message}`));
}

export async function register(strapi: Core.Strapi, raw: unknown): Promise<void> {
  const body = bodyOf(raw);
  const email = readEmail(body.email);
  limits.register.hit(email);
  const password = readPassword(body.password);
  const locale = readLocale(body.locale);
  const assoc = bodyOf(body.association);
  const name = readAssociationName(assoc.name);
  const category = readCategory(assoc.category);

  const known = await userByEmail(strapi, email);
  const users = strapi.plugin('users-permissions').service('user');
  if (known?.confirmed) {
    // As long as creating an account takes: hashing the password is most of it.
    await users.ensureHashedPasswords({ password });
    mailQuietly(strapi, 'a second registration notice', () =>
      sendMail(strapi, email, 'already-registered', locale, { link: `${siteUrl()}/${locale}/account` }),
    );
    return;
  }
  if (known) {
    // Not confirmed yet: whoever confirms through the mailbox decides. The pending account takes
    // this registration's password and association, so nobody can prepare an account in someone
    // else's name and wait for them to confirm it.
    await users.edit(known.id, { password });
    const association = await associationOf(strapi, known.id);
    if (association) {
      const versions: any[] = await strapi.db
        .query(ASSOCIATION)
        .findMany({ where: { documentId: association.documentId }, select: ['locale'] });
      for (const v of versions) {
        await strapi.documents(ASSOCIATION).update({
          documentId: association.documentId,
          locale: v.locale,
          data: { name, category, correspondenceLanguage: locale } as any,
        });
      }
    }
    mailQuietly(strapi, 'an account confirmation', () => sendConfirmation(strapi, known, locale, name));
    return;
  }

  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  if (!role) throw new Error('The authenticated role of users-permissions is missing');
  const user = await strapi.db.transaction(async () => {
    const created: any = await strapi.plugin('users-permissions').service('user').add({
      username: email,
      email,
      password,
      provider: 'local',
      confirmed: false,
      blocked: false,
      role: role.id,
    });
    const shared = { slug: slugFor(name), category, verified: false, correspondenceLanguage: locale, accounts: [created.id] };
    const first: any = await strapi.documents(ASSOCIATION).create({ locale: DEFAULT_LOCALE, data: { ...shared, name } as any });
    // The same name in every language until the association or the commune translates it.
    for (const other of LOCALE_CODES.filter((l) => l !== DEFAULT_LOCALE)) {
      await strapi.documents(ASSOCIATION).update({ documentId: first.documentId, locale: other, data: { ...shared, name } as any });
    }
    return created;
  });
  mailQuietly(strapi, 'an account confirmation', () => sendConfirmation(strapi, user, locale, name));
}

/** A new confirmation link, for an association whose first one was lost or expired. Same answer whatever the address. */
export async function resendConfirmation(strapi: Core.Strapi, raw: unknown): Promise<void> {
  const body = bodyOf(raw);
  const email = readEmail(body.email);
  const locale = readLocale(body.locale);
  limits.mail.hit(`confirm ${email}`);
  const user = await userByEmail(strapi, email);
  if (!user || user.confirmed || user.blocked) return;
  const association = await associationOf(strapi, user.id, locale);
  mailQuietly(strapi, 'an account confirmation', () => sendConfirmation(strapi, user, locale, association?.name ?? ''));
}

export async function confirm(strapi: Core.Strapi, raw: unknown): Promise<void> {
  const { token } = bodyOf(raw);
  if (!looksLikeToken(token)) throw new Refusal(400, 'token-invalid');
  const user = await strapi.db.query(USER).findOne({ where: { confirmationToken: { $startsWith: `${hashToken(token)}.` } } });
  if (!user || !stillValid(user.confirmationToken)) throw new Refusal(400, 'token-invalid');
  await strapi.db.query(USER).update({ where: { id: user.id }, data: { confirmed: true, confirmationToken: null } });
}

const expiryOf = (jwt: string): string => {
  const { exp } = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8') || '{}');
  return new Date(Number(exp) * 1000).toISOString();
};

async function openSession(strapi: Core.Strapi, userId: number) {
  const sessions = strapi.sessionManager('users-permissions');
  const refresh = await sessions.generateRefreshToken(String(userId), undefined, { type: 'refresh' });
  const access = await sessions.generateAccessToken(refresh.token);
  if ('error' in access) throw new Error(`No access token for a new session: ${access.error}`);
  return { jwt: access.token, refreshToken: refresh.token, expiresAt: expiryOf(access.token) };
}

// A hash to compare against when the address is unknown, so that answering takes as long either way.
let decoy: Promise<string> | undefined;
const decoyHash = (strapi: Core.Strapi): Promise<string> =>
  (decoy ??= strapi
    .plugin('users-permissions')
    .service('user')
    .ensureHashedPasswords({ password: randomBytes(16).toString('hex') })
    .then((v: { password: string }) => v.password));

export async function signIn(strapi: Core.Strapi, raw: unknown) {
  const body = bodyOf(raw);
  const email = readEmail(body.email);
  const password = typeof body.password === 'string' ? body.password : '';
  limits.signIn.hit(email);
  const user = await userByEmail(strapi, email);
  const users = strapi.plugin('users-permissions').service('user');
  const right = await users.validatePassword(password, user?.password ?? (await decoyHash(strapi)));
  if (!user || !user.password || !right) throw new Refusal(400, 'credentials');
  if (user.blocked) throw new Refusal(400, 'blocked');
  if (!user.confirmed) throw new Refusal(400, 'not-confirmed');
  limits.signIn.clear(email);
  return openSession(strapi, user.id);
}

export async function refresh(strapi: Core.Strapi, raw: unknown) {
  const { refreshToken } = bodyOf(raw);
  if (typeof refreshToken !== 'string' || refreshToken.length > 2000) throw new Refusal(401, 'unauthorized');
  const sessions = strapi.sessionManager('users-permissions');
  const rotation: any = await sessions.rotateRefreshToken(refreshToken);
  if (!rotation || 'error' in rotation) throw new Refusal(401, 'unauthorized');
  const access = await sessions.generateAccessToken(rotation.token);
  if ('error' in access) throw new Refusal(401, 'unauthorized');
  return { jwt: access.token, refreshToken: rotation.token, expiresAt: expiryOf(access.token) };
}

export async function signOut(strapi: Core.Strapi, userId: number, sessionId: string | undefined) {
  const sessions = strapi.sessionManager('users-permissions');
  if (sessionId) await sessions.revokeSessionById(String(userId), sessionId);
  else await sessions.invalidateRefreshToken(String(userId));
}

/** Always the same answer: whether an address has an account is nobody's business. */
export async function forgot(strapi: Core.Strapi, raw: unknown): Promise<void> {
  const body = bodyOf(raw);
  const email = readEmail(body.email);
  const locale = readLocale(body.locale);
  limits.mail.hit(`reset ${email}`);
  const user = await userByEmail(strapi, email);
  if (!user || user.blocked) return;
  mailQuietly(strapi, 'a password reset', async () => {
    const { token, hash } = newToken();
    await strapi.db.query(USER).update({ where: { id: user.id }, data: { resetPasswordToken: stamp(hash, RESET_FOR_MS) } });
    await sendMail(strapi, email, 'reset', locale, { link: `${siteUrl()}/${locale}/account/reset?token=${token}` });
  });
}

export async function reset(strapi: Core.Strapi, raw: unknown): Promise<void> {
  const body = bodyOf(raw);
  if (!looksLikeToken(body.token)) throw new Refusal(400, 'token-invalid');
  limits.reset.hit(hashToken(body.token));
  const password = readPassword(body.password);
  const user = await strapi.db.query(USER).findOne({ where: { resetPasswordToken: { $startsWith: `${hashToken(body.token)}.` } } });
  if (!user || !stillValid(user.resetPasswordToken)) throw new Refusal(400, 'token-invalid');
  // The link was in the mailbox: it proves the address, so an unconfirmed account is confirmed too.
  await strapi.plugin('users-permissions').service('user').edit(user.id, { password, resetPasswordToken: null, confirmed: true });
  await strapi.sessionManager('users-permissions').invalidateRefreshToken(String(user.id));
}
