import type { Core } from '@strapi/strapi';
import { LOCALE_CODES } from '../locales';

const HUB_TYPES = ['event', 'association', 'neighbourhood', 'venue', 'programme'].map((n) => `api::${n}.${n}`);
const ACTIONS = ['create', 'read', 'update', 'delete', 'publish'].map((a) => `plugin::content-manager.explorer.${a}`);

/**
 * Municipal editors publish the hub's content. Strapi's default Editor role only gets create,
 * read and update on content types that did not exist when the role was made, so the rest is
 * added here (never removed: changes made in the admin panel are kept).
 */
export async function ensureEditorCanPublish(strapi: Core.Strapi) {
  const role = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  if (!role) return;
  const existing: { action: string; subject: string }[] = await strapi.db
    .query('admin::permission')
    .findMany({ where: { role: role.id }, select: ['action', 'subject'] });
  const has = new Set(existing.map((p) => `${p.action}|${p.subject}`));
  const missing = HUB_TYPES.flatMap((subject) =>
    ACTIONS.filter((action) => !has.has(`${action}|${subject}`)).map((action) => ({
      action,
      subject,
      properties: { locales: [...LOCALE_CODES] },
      conditions: [],
      role: role.id,
    })),
  );
  if (missing.length) await strapi.service('admin::permission').createMany(missing);
}
