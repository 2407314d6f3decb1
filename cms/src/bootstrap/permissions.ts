import type { Core } from '@strapi/strapi';

/** The hub's types that anonymous visitors read (through the site's server, on their behalf). */
export const PUBLIC_TYPES = [
  'event',
  'association',
  'neighbourhood',
  'venue',
  'programme',
  'consultative-body',
  'body-session',
  'thematic-plan',
  'plan-action',
  'plan-milestone',
  'indicator',
  'comment',
  'heritage-point',
];

/** What anonymous visitors may read. */
export const PUBLIC_READ = [
  ...PUBLIC_TYPES.flatMap((name) => ['find', 'findOne', 'findBySlug'].map((action) => `api::${name}.${name}.${action}`)),
  // The events list by date (api/event/controllers/event.ts): a reading of events like `find`.
  'api::event.event.occurrences',
  // The figures the hub counts from its own data (api/indicator/figures.ts).
  'api::indicator.indicator.figures',
];

/**
 * The one thing anonymous callers may write: a comment, through its own route, which reads five
 * fields, checks them and always stores a draft waiting for moderation (api/comment/submit.ts).
 * Never the core `create` of comments, which would take a status or a body as given.
 */
export const PUBLIC_WRITE = ['api::comment.comment.submit'];

export const PUBLIC_ACTIONS = [...PUBLIC_READ, ...PUBLIC_WRITE];

/**
 * Sets the public role to exactly PUBLIC_ACTIONS, on every start, so an old database is corrected
 * too. users-permissions grants anonymous callers registration, sign-in, password reset and the
 * provider routes by default; nothing in the hub uses public accounts, and an open registration
 * route hands out tokens and tells whether an e-mail address is known. Association accounts will
 * open these deliberately, with their own rules.
 */
export async function setPublicPermissions(strapi: Core.Strapi) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The public role of users-permissions is missing');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const granted: { id: number; action: string }[] = await permissions.findMany({ where: { role: role.id }, select: ['id', 'action'] });
  const extra = granted.filter((p) => !PUBLIC_ACTIONS.includes(p.action));
  if (extra.length) {
    await permissions.deleteMany({ where: { id: { $in: extra.map((p) => p.id) } } });
    strapi.log.info(`Public role: removed ${extra.map((p) => p.action).join(', ')}`);
  }
  for (const action of PUBLIC_ACTIONS) {
    if (!granted.some((p) => p.action === action)) await permissions.create({ data: { action, role: role.id } });
  }
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
}
