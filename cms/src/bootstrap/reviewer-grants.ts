import type { Core } from '@strapi/strapi';
import { explorer } from './role-grants';

/**
 * Applications hold an association's personal and financial details: of the admin roles, editors
 * (municipal staff who run the calls) read them and review them; authors and body members do not
 * see them at all. Editors change only the review's fields: the state (within the workflow of
 * api/application/workflow.ts), scores, the decision's reason and their notes; never what the
 * association wrote, nor its documents. Applications are created by associations, not in the panel.
 */
const APPLICATION = 'api::application.application';
export const REVIEW_FIELDS = ['state', 'reviews.criterion', 'reviews.score', 'reviews.note', 'decisionReason', 'staffNotes'];

export async function ensureEditorsReview(strapi: Core.Strapi) {
  const permissions = strapi.db.query('admin::permission');
  // Strapi gives its Author role permissions on a new type; applications are not theirs to read.
  const author = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
  if (author) {
    const granted: any[] = await permissions.findMany({ where: { role: author.id, subject: APPLICATION }, select: ['id'] });
    if (granted.length) await strapi.service('admin::permission').deleteByIds(granted.map((p) => p.id));
  }
  const role = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  if (!role) return;
  const existing: any[] = await permissions.findMany({ where: { role: role.id, subject: APPLICATION } });
  const wanted = [
    { action: explorer('read'), properties: {} },
    { action: explorer('update'), properties: { fields: REVIEW_FIELDS } },
  ];
  const extra = existing.filter((p) => !wanted.some((w) => w.action === p.action));
  if (extra.length) await strapi.service('admin::permission').deleteByIds(extra.map((p) => p.id));
  const missing = wanted.filter((w) => !existing.some((p) => p.action === w.action));
  if (missing.length)
    await strapi
      .service('admin::permission')
      .createMany(missing.map((w) => ({ ...w, subject: APPLICATION, conditions: [], role: role.id })));
  const update = existing.find((p) => p.action === explorer('update'));
  if (update && [...(update.properties?.fields ?? [])].sort().join() !== [...REVIEW_FIELDS].sort().join()) {
    await permissions.update({ where: { id: update.id }, data: { properties: { ...update.properties, fields: REVIEW_FIELDS } } });
  }
}
