import type { Core } from '@strapi/strapi';

const MIN_PASSWORD = 12;

/**
 * Creates the first administrator from ADMIN_EMAIL and ADMIN_PASSWORD when there is none, so
 * that a new machine needs no manual step. In production an install with no administrator is
 * refused: Strapi would otherwise hand super-admin to whoever first opens /admin/register-admin.
 * On a developer's machine the admin panel may still ask for one on first visit.
 */
export async function ensureFirstAdmin(strapi: Core.Strapi) {
  const email = process.env.ADMIN_EMAIL?.trim();
  const password = process.env.ADMIN_PASSWORD ?? '';
  const users = strapi.service('admin::user');
  if (await users.exists()) return;
  const production = process.env.NODE_ENV === 'production';
  if (!email || !password || (production && password.length < MIN_PASSWORD)) {
    const what = `set ADMIN_EMAIL and ADMIN_PASSWORD (at least ${MIN_PASSWORD} characters) to create the first administrator`;
    if (production) throw new Error(`No administrator exists and none can be created: ${what}. See README.md, Configuration.`);
    strapi.log.warn(`No administrator yet: open the admin panel to create one, or ${what}.`);
    return;
  }
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await users.create({
    email: email.toLowerCase(),
    firstname: process.env.ADMIN_FIRSTNAME ?? 'Hub',
    lastname: process.env.ADMIN_LASTNAME ?? 'Administrator',
    password,
    isActive: true,
    registrationToken: null,
    roles: superAdmin ? [superAdmin.id] : [],
  });
  strapi.log.info(`First administrator created: ${email}`);
}
