import { randomBytes } from 'node:crypto';

/**
 * Creates an active admin user with one of Strapi's roles (by code: strapi-super-admin,
 * strapi-editor, strapi-author) and signs in over HTTP, as the admin panel does. Returns a
 * function that calls the admin API with that user's token.
 */
export async function signInAs(strapi: any, url: string, roleCode: string) {
  const role = await strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  if (!role) throw new Error(`No admin role ${roleCode}`);
  const email = `${roleCode}-${randomBytes(4).toString('hex')}@hub.localhost`;
  const password = `Pw-${randomBytes(12).toString('hex')}`;
  await strapi.service('admin::user').create({
    email,
    firstname: 'Test',
    lastname: roleCode,
    password,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  const res = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`Sign-in as ${roleCode} answered ${res.status}`);
  const token = (await res.json()).data.token as string;
  const call = async (path: string, method = 'GET', body?: unknown) => {
    const r = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: r.status, body: await r.json().catch(() => null) };
  };
  return Object.assign(call, { token });
}
