import type { Core } from '@strapi/strapi';

/**
 * Creates the first administrator from ADMIN_EMAIL and ADMIN_PASSWORD when there is none,
 * so that a new machine needs no manual step. Without both variables nothing is created and
 * the admin panel asks for one on first visit.
 */
export async function ensureFirstAdmin(strapi: Core.Strapi) {
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  const users = strapi.service('admin::user');
  if (await users.exists()) return;
  if (!email || !password) {
    strapi.log.warn('No administrator yet: open the admin panel to create one, or set ADMIN_EMAIL and ADMIN_PASSWORD.');
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
