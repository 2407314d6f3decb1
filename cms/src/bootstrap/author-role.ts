import type { Core } from '@strapi/strapi';
import { LOCALE_CODES } from '../locales';

const HUB_TYPES = ['event', 'association', 'neighbourhood', 'venue', 'programme'].map((n) => `api::${n}.${n}`);
const explorer = (action: string) => `plugin::content-manager.explorer.${action}`;

/**
 * What an author may do on each hub type, in every locale. Authors read everything, so that they
 * can pick an existing venue or association; they change and delete only what they created
 * (Strapi's `admin::is-creator` condition), and an editor publishes it.
 */
const AUTHOR_GRANTS: { action: string; conditions: string[] }[] = [
  { action: explorer('read'), conditions: [] },
  { action: explorer('create'), conditions: [] },
  { action: explorer('update'), conditions: ['admin::is-creator'] },
  { action: explorer('delete'), conditions: ['admin::is-creator'] },
];

/**
 * Sets Strapi's Author role's permissions on the hub's types on every start: the grants above, in
 * every locale of src/locales.json (Strapi made the role on first boot, before the hub's locales
 * existed), and no publishing, so that an author's draft reaches the public only through an editor.
 * Field restrictions set in the admin panel are kept.
 */
export async function ensureAuthorWritesDrafts(strapi: Core.Strapi) {
  const role = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
  if (!role) return;
  const permissions = strapi.db.query('admin::permission');
  const existing: Permission[] = await permissions.findMany({
    where: { role: role.id, subject: { $in: HUB_TYPES } },
    select: ['id', 'action', 'subject', 'properties', 'conditions'],
  });
  const publishing = existing.filter((p) => p.action === explorer('publish'));
  if (publishing.length) await strapi.service('admin::permission').deleteByIds(publishing.map((p) => p.id));

  const missing = [];
  for (const subject of HUB_TYPES) {
    for (const { action, conditions } of AUTHOR_GRANTS) {
      const current = existing.find((p) => p.action === action && p.subject === subject);
      if (!current) {
        missing.push({ action, subject, properties: { locales: [...LOCALE_CODES] }, conditions, role: role.id });
        continue;
      }
      const locales = current.properties?.locales ?? [];
      const sameConditions = [...(current.conditions ?? [])].sort().join() === [...conditions].sort().join();
      if (sameConditions && LOCALE_CODES.every((code) => locales.includes(code))) continue;
      await permissions.update({
        where: { id: current.id },
        data: { properties: { ...current.properties, locales: [...LOCALE_CODES] }, conditions },
      });
    }
  }
  if (missing.length) await strapi.service('admin::permission').createMany(missing);
}

interface Permission {
  id: number;
  action: string;
  subject: string;
  properties?: { locales?: string[]; fields?: string[] };
  conditions?: string[];
}
