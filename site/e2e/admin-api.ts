import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CMS, NOW } from './harness';

/** The content manager's address for events, as the admin panel calls it. */
export const EVENTS = '/content-manager/collection-types/api::event.event';

/**
 * Where a test run keeps the super administrator's token: Strapi allows five sign-ins per
 * address in five minutes, fewer than the test files that need one, each in a process of its own.
 */
const tokenFile = (email: string) =>
  join(tmpdir(), `hub-e2e-admin-${createHash('sha256').update(`${CMS} ${email}`).digest('hex').slice(0, 16)}`);

async function stillValid(token: string) {
  const res = await fetch(`${CMS}/admin/users/me`, { headers: { authorization: `Bearer ${token}` } });
  return res.status === 200;
}

/**
 * Signs in to the admin API (the super administrator of the test stack unless told otherwise)
 * and returns the token; the super administrator's is reused while the CMS still accepts it.
 */
export async function signIn(email = process.env.ADMIN_EMAIL, password = process.env.ADMIN_PASSWORD): Promise<string> {
  expect(email, 'ADMIN_EMAIL is given to the test stack').toBeTruthy();
  const shared = email === process.env.ADMIN_EMAIL ? tokenFile(email!) : undefined;
  if (shared && existsSync(shared)) {
    const token = readFileSync(shared, 'utf8');
    if (await stillValid(token)) return token;
  }
  const token = await signInOnce(email!, password);
  if (shared) writeFileSync(shared, token, { mode: 0o600 });
  return token;
}

async function signInOnce(email: string, password: string | undefined): Promise<string> {
  const res = await fetch(`${CMS}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  return (await res.json()).data.token as string;
}

/** Calls the admin API as the holder of `token`; an answer that is not 2xx fails the test with its body. */
export function adminApi(token: string) {
  return async (path: string, method = 'GET', body?: unknown) => {
    const res = await fetch(`${CMS}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => null);
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(json)}`);
    return json;
  };
}

/**
 * The shared (not translated) fields of a complete event, `days` after the stack's "now" so the
 * site lists it as coming; tests add the texts of each locale and what they are about.
 */
export function eventFields(slug: string, days: number, patch: Record<string, unknown> = {}) {
  const starts = new Date(NOW.getTime() + days * 86400_000);
  return {
    slug,
    domain: 'culture',
    category: 'music',
    startsAt: starts.toISOString(),
    endsAt: new Date(starts.getTime() + 7200_000).toISOString(),
    eventStatus: 'scheduled',
    isFree: true,
    audience: { everyone: true },
    accessibility: { wheelchair: true },
    registration: { mode: 'none' },
    ...patch,
  };
}

/**
 * A new member of staff with one of Strapi's roles (by code: `strapi-editor`, `strapi-author`),
 * invited by the super administrator as the admin panel does, registered with a password of their
 * own and signed in. `preferedLanguage` is the interface language they pick in their profile.
 */
export async function createStaff(superToken: string, roleCode: string, { preferedLanguage }: { preferedLanguage?: string } = {}) {
  const asSuper = adminApi(superToken);
  const roles = (await asSuper('/admin/roles')).data as { id: number; code: string }[];
  const role = roles.find((r) => r.code === roleCode);
  expect(role, `the role ${roleCode} exists`).toBeTruthy();
  const email = `${roleCode.replace(/^strapi-/, '')}-${randomBytes(4).toString('hex')}@hub.localhost`;
  const created = await asSuper('/admin/users', 'POST', { firstname: 'Salma', lastname: 'Editor', email, roles: [role!.id] });
  const password = `Editor-${randomBytes(8).toString('hex')}`;
  await adminApi('')('/admin/register', 'POST', {
    registrationToken: created.data.registrationToken,
    userInfo: { firstname: 'Salma', lastname: 'Editor', password },
  });
  const token = await signIn(email, password);
  if (preferedLanguage) await adminApi(token)('/admin/users/me', 'PUT', { preferedLanguage });
  return { email, password, token };
}

/**
 * Creates an event's draft in every locale of `texts` (Arabic, the default, first), with the
 * shared fields of `eventFields()`, and returns its document id.
 */
export async function createEventDraft(
  as: ReturnType<typeof adminApi>,
  shared: Record<string, unknown>,
  texts: { ar: Record<string, unknown> } & Record<string, Record<string, unknown>>,
): Promise<string> {
  const { ar, ...others } = texts;
  const documentId = (await as(`${EVENTS}?locale=ar`, 'POST', { ...shared, ...ar })).data.documentId as string;
  for (const [locale, fields] of Object.entries(others))
    await as(`${EVENTS}/${documentId}?locale=${locale}`, 'PUT', { ...shared, ...fields });
  return documentId;
}
