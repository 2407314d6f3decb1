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
  'call-for-interest',
];

/** What anonymous visitors may read. */
export const PUBLIC_READ = [
  ...PUBLIC_TYPES.flatMap((name) => ['find', 'findOne', 'findBySlug'].map((action) => `api::${name}.${name}.${action}`)),
  // The events list by date (api/event/controllers/event.ts): a reading of events like `find`.
  'api::event.event.occurrences',
  // The map's markers, every matching event in one answer (the same reading, compact).
  'api::event.event.points',
  // The figures the hub counts from its own data (api/indicator/figures.ts).
  'api::indicator.indicator.figures',
  // An association's partnerships, shown on its page (no slug of their own).
  'api::partnership.partnership.find',
  'api::partnership.partnership.findOne',
];

/**
 * The one thing anonymous callers may write: a comment, through its own route, which reads five
 * fields, checks them and always stores a draft waiting for moderation (api/comment/submit.ts).
 * Never the core `create` of comments, which would take a status or a body as given.
 */
export const PUBLIC_WRITE = [
  'api::comment.comment.submit',
  // Association accounts (api/account/accounts.ts): registering, confirming, signing in, a new
  // password. Never users-permissions' own routes, which are closed below.
  ...['register', 'confirm', 'resendConfirmation', 'signIn', 'refresh', 'forgot', 'reset'].map((a) => `api::account.account.${a}`),
];

export const PUBLIC_ACTIONS = [...PUBLIC_READ, ...PUBLIC_WRITE];

/**
 * What a signed-in association account may do: its own profile and its own applications, each
 * route checking ownership itself (api/application/owned.ts). Nothing of the public content API:
 * the site reads public content anonymously.
 */
export const ACCOUNT_ACTIONS = [
  ...['signOut', 'me', 'updateAssociation'].map((a) => `api::account.account.${a}`),
  ...['mine', 'start', 'read', 'save', 'attach', 'download', 'detach', 'submit', 'withdraw'].map(
    (a) => `api::application.application.${a}`,
  ),
];

/** Sets a users-permissions role to exactly these actions, on every start, so an old database is corrected too. */
async function setRoleActions(strapi: Core.Strapi, type: 'public' | 'authenticated', actions: string[]) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
  if (!role) throw new Error(`The ${type} role of users-permissions is missing`);
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const granted: { id: number; action: string }[] = await permissions.findMany({ where: { role: role.id }, select: ['id', 'action'] });
  const extra = granted.filter((p) => !actions.includes(p.action));
  if (extra.length) {
    await permissions.deleteMany({ where: { id: { $in: extra.map((p) => p.id) } } });
    strapi.log.info(`Role ${type}: removed ${extra.map((p) => p.action).join(', ')}`);
  }
  for (const action of actions) {
    if (!granted.some((p) => p.action === action)) await permissions.create({ data: { action, role: role.id } });
  }
}

/**
 * The public role gets exactly PUBLIC_ACTIONS and the authenticated role ACCOUNT_ACTIONS. By
 * default users-permissions grants anonymous callers its own registration, sign-in and password
 * routes, and signed-in users their own record: an open registration route hands out tokens, takes
 * fields as given and tells whether an address is known. The hub's account routes replace them.
 */
export async function setPublicPermissions(strapi: Core.Strapi) {
  await setRoleActions(strapi, 'public', PUBLIC_ACTIONS);
  await setRoleActions(strapi, 'authenticated', ACCOUNT_ACTIONS);
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  // users-permissions' own registration stays closed; its e-mail confirmation flag is on so that
  // its token check refuses an unconfirmed account's token, whatever route it reaches.
  if (advanced.allow_register !== false || advanced.email_confirmation !== true) {
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: false, email_confirmation: true } });
  }
}
