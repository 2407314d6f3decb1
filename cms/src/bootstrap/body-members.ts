import type { Core } from '@strapi/strapi';
import { LOCALE_CODES } from '../locales';
import { explorer } from './role-grants';

/**
 * Accounts for members of consultative bodies. Each body has an admin role of its own, code
 * `body-member-<slug>`, made on every start for every body; an administrator gives a member's
 * account the role of their body (Settings → Users). With it, a member:
 * - reads their body, its sessions, plans, actions, milestones and the comments about them;
 * - edits the drafts of their body's plans, actions and milestones while the plan is not adopted,
 *   but not what makes a plan official (its body, status, version, history) nor which plan an
 *   action belongs to: staff adopt and publish;
 * - publishes and unpublishes comments about their body's plans, and writes the body's reply.
 * Never another body's content, never an adopted plan. The roles' permissions are written again on
 * every start, so a change made in the admin panel does not widen them for long.
 */
export const BODY_ROLE_PREFIX = 'body-member-';

type AdminUser = { roles?: { code?: string }[] };
export const bodySlugsOf = (user: AdminUser) =>
  (user.roles ?? [])
    .map((r) => r.code ?? '')
    .filter((c) => c.startsWith(BODY_ROLE_PREFIX))
    .map((c) => c.slice(BODY_ROLE_PREFIX.length));

/** Where each type reaches its plan's body, and the plan's status, as condition paths. */
const PATHS = {
  'api::thematic-plan.thematic-plan': { body: 'body.slug', plan: '' },
  'api::plan-action.plan-action': { body: 'plan.body.slug', plan: 'plan.' },
  'api::plan-milestone.plan-milestone': { body: 'action.plan.body.slug', plan: 'action.plan.' },
} as const;
type PlanType = keyof typeof PATHS;
const short = (uid: string) => uid.split('.').pop()!;

const CONDITIONS = [
  ...Object.entries(PATHS).flatMap(([uid, p]) => [
    {
      name: `own-body-${short(uid)}`,
      displayName: `Of their body (${short(uid)})`,
      handler: (user: AdminUser) => ({ [p.body]: { $in: bodySlugsOf(user) } }),
    },
    {
      name: `own-body-draft-${short(uid)}`,
      displayName: `Of their body, plan not adopted (${short(uid)})`,
      handler: (user: AdminUser) => ({ [p.body]: { $in: bodySlugsOf(user) }, [`${p.plan}planStatus`]: { $ne: 'adopted' } }),
    },
  ]),
  {
    name: 'own-body-comment',
    displayName: 'About their body (comment)',
    handler: (u: AdminUser) => ({ bodySlug: { $in: bodySlugsOf(u) } }),
  },
  { name: 'own-body', displayName: 'Their body', handler: (u: AdminUser) => ({ slug: { $in: bodySlugsOf(u) } }) },
  {
    name: 'own-body-session',
    displayName: 'Of their body (session)',
    handler: (u: AdminUser) => ({ 'body.slug': { $in: bodySlugsOf(u) } }),
  },
];

export function registerBodyConditions(strapi: Core.Strapi) {
  const provider = (strapi as any).admin.services.permission.conditionProvider;
  for (const condition of CONDITIONS) if (!provider.has(`api::${condition.name}`)) provider.register(condition);
}

/** Fields a member may change on each plan type: what the body writes, not what staff decide. */
const EDITABLE: Record<PlanType, string[]> = {
  'api::thematic-plan.thematic-plan': ['title', 'slug', 'summary', 'changes', 'document', 'startsOn', 'endsOn', 'indicators'],
  'api::plan-action.plan-action': [
    'title',
    'slug',
    'responsibleService',
    'description',
    'startsOn',
    'endsOn',
    'actionStatus',
    'weight',
    'events',
  ],
  'api::plan-milestone.plan-milestone': ['title', 'dueOn', 'reachedOn', 'weight', 'evidence', 'evidenceUrl'],
};

function memberPermissions() {
  const properties = (extra: Record<string, unknown> = {}) => ({ locales: [...LOCALE_CODES], ...extra });
  const permissions: { action: string; subject: string; properties: Record<string, unknown>; conditions: string[] }[] = [];
  for (const uid of Object.keys(PATHS) as PlanType[]) {
    permissions.push({ action: explorer('read'), subject: uid, properties: properties(), conditions: [`api::own-body-${short(uid)}`] });
    permissions.push({
      action: explorer('update'),
      subject: uid,
      properties: properties({ fields: EDITABLE[uid] }),
      conditions: [`api::own-body-draft-${short(uid)}`],
    });
  }
  const comment = 'api::comment.comment';
  permissions.push(
    { action: explorer('read'), subject: comment, properties: {}, conditions: ['api::own-body-comment'] },
    { action: explorer('update'), subject: comment, properties: { fields: ['reply'] }, conditions: ['api::own-body-comment'] },
    { action: explorer('publish'), subject: comment, properties: {}, conditions: ['api::own-body-comment'] },
    {
      action: explorer('read'),
      subject: 'api::consultative-body.consultative-body',
      properties: properties(),
      conditions: ['api::own-body'],
    },
    {
      action: explorer('read'),
      subject: 'api::body-session.body-session',
      properties: properties(),
      conditions: ['api::own-body-session'],
    },
    // To link their actions to the hub's events.
    { action: explorer('read'), subject: 'api::event.event', properties: properties(), conditions: [] },
  );
  return permissions;
}

/** One role per body, with exactly the permissions above, written on every start. */
export async function ensureBodyMemberRoles(strapi: Core.Strapi) {
  const bodies = await strapi.db.query('api::consultative-body.consultative-body').findMany({ select: ['slug', 'name', 'locale'] });
  const roles = strapi.service('admin::role') as any;
  const done = new Set<string>();
  for (const body of bodies.sort((a: any, b: any) => (a.locale === 'fr' ? -1 : 0) - (b.locale === 'fr' ? -1 : 0))) {
    if (done.has(body.slug)) continue;
    done.add(body.slug);
    const code = `${BODY_ROLE_PREFIX}${body.slug}`;
    let role = await strapi.db.query('admin::role').findOne({ where: { code } });
    if (!role) {
      role = await roles.create({
        name: `Instance : ${body.name}`.slice(0, 80),
        code,
        description: `Membres de l’instance « ${body.name} » : brouillons de ses plans, modération des commentaires`.slice(0, 200),
      });
    }
    await roles.assignPermissions(role.id, memberPermissions());
  }
}
