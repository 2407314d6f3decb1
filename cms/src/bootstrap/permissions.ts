import type { Core } from '@strapi/strapi';

/** What anonymous visitors (and the site's server, reading on their behalf) may do: read. */
export const PUBLIC_READ = ['event', 'association', 'neighbourhood', 'venue', 'programme'].flatMap((name) =>
  ['find', 'findOne', 'findBySlug'].map((action) => `api::${name}.${name}.${action}`),
);

export async function grantPublicRead(strapi: Core.Strapi) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The public role of users-permissions is missing');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const action of PUBLIC_READ) {
    const found = await permissions.findOne({ where: { action, role: role.id } });
    if (!found) await permissions.create({ data: { action, role: role.id } });
  }
}
