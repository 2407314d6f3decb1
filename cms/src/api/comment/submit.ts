import type { Core } from '@strapi/strapi';
import { LOCALE_CODES } from '../../locales';

/**
 * "Submit a comment": the one domain action through which a resident's comment or suggestion
 * enters the CMS (routes/00-submit.ts, called by the site's server on the resident's behalf).
 *
 * It reads only what a resident writes (text, optional display name), the language of the page
 * and what the comment is about; it never takes a status, an owner or a body from the caller. The
 * body that may moderate it is looked up here from the published target. The comment is always
 * written as a draft: pending until staff or that body publish it.
 *
 * The text is kept as plain text (never HTML: the site escapes it when showing it), with control
 * characters removed. Limits: 2,000 characters, 80 for the name; and, as the CMS sees only the
 * site's address, not the resident's, a cap per target of comments accepted in a window and of
 * comments waiting for moderation, so a flood cannot bury a plan's moderators. The site limits each
 * resident's rate itself.
 */
export const LIMITS = { text: 2000, textMin: 3, name: 80, perTargetPerHour: 30, pendingPerTarget: 300 } as const;
export const TARGET_TYPES = ['plan', 'action', 'event'] as const;
type TargetType = (typeof TARGET_TYPES)[number];

export type SubmitProblem =
  'text-missing' | 'text-too-short' | 'text-too-long' | 'name-too-long' | 'language' | 'target' | 'target-not-found' | 'too-many';

export class SubmitRefused extends Error {
  constructor(
    readonly problem: SubmitProblem,
    readonly field?: string,
  ) {
    super(problem);
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Plain text: Unicode normalised, line ends unified, control characters (but new lines and tabs) dropped. */
export function plainText(value: string): string {
  return (
    value
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b\u2028\u2029\ufeff]/g, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

export interface CommentInput {
  text: string;
  displayName: string | null;
  language: string;
  targetType: TargetType;
  targetSlug: string;
}

/** Checks what the caller sent; throws SubmitRefused with the first problem found, field by field. */
export function readInput(raw: unknown): CommentInput {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const text = typeof input.text === 'string' ? plainText(input.text) : '';
  if (!text) throw new SubmitRefused('text-missing', 'text');
  if ([...text].length < LIMITS.textMin) throw new SubmitRefused('text-too-short', 'text');
  if ([...text].length > LIMITS.text) throw new SubmitRefused('text-too-long', 'text');
  const name = typeof input.displayName === 'string' ? plainText(input.displayName).replace(/\s+/g, ' ') : '';
  if ([...name].length > LIMITS.name) throw new SubmitRefused('name-too-long', 'displayName');
  if (typeof input.language !== 'string' || !LOCALE_CODES.includes(input.language)) throw new SubmitRefused('language', 'language');
  const targetType = input.targetType as TargetType;
  const targetSlug = input.targetSlug;
  if (!TARGET_TYPES.includes(targetType) || typeof targetSlug !== 'string' || !SLUG.test(targetSlug) || targetSlug.length > 200) {
    throw new SubmitRefused('target', 'targetSlug');
  }
  return { text, displayName: name || null, language: input.language, targetType, targetSlug };
}

const TARGET_UIDS: Record<TargetType, string> = {
  plan: 'api::thematic-plan.thematic-plan',
  action: 'api::plan-action.plan-action',
  event: 'api::event.event',
};

/** The published target, in any language, and the slug of the body that moderates comments on it. */
async function findTarget(strapi: Core.Strapi, type: TargetType, slug: string): Promise<{ bodySlug: string | null } | null> {
  const populate =
    type === 'plan'
      ? { body: { fields: ['slug'] } }
      : type === 'action'
        ? { plan: { fields: ['slug'], populate: { body: { fields: ['slug'] } } } }
        : undefined;
  for (const locale of LOCALE_CODES) {
    const found: any = await strapi
      .documents(TARGET_UIDS[type] as any)
      .findFirst({ locale, status: 'published', filters: { slug: { $eq: slug } }, fields: ['slug'], ...(populate && { populate }) } as any);
    if (found) return { bodySlug: (type === 'plan' ? found.body?.slug : found.plan?.body?.slug) ?? null };
  }
  return null;
}

export async function submitComment(strapi: Core.Strapi, raw: unknown, at = new Date()) {
  const input = readInput(raw);
  const target = await findTarget(strapi, input.targetType, input.targetSlug);
  if (!target) throw new SubmitRefused('target-not-found', 'targetSlug');

  const comments = strapi.db.query('api::comment.comment');
  const where = { targetType: input.targetType, targetSlug: input.targetSlug };
  const lastHour = await comments.count({ where: { ...where, createdAt: { $gte: new Date(at.getTime() - 3600_000) } } });
  const pending = await comments.count({ where: { ...where, publishedAt: { $null: true } } });
  if (lastHour >= LIMITS.perTargetPerHour || pending >= LIMITS.pendingPerTarget) throw new SubmitRefused('too-many');

  const created = await strapi.documents('api::comment.comment').create({
    data: { ...input, bodySlug: target.bodySlug },
    status: 'draft',
  } as any);
  return { documentId: created.documentId as string, status: 'pending' as const };
}
