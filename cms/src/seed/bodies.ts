import type { Core } from '@strapi/strapi';
import * as clock from '../clock';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../locales';
import { localToday, localToUtc } from '../time';
import data from './bodies.json';
import { missingTranslations, pick, upsert } from './localized';
import city from './tetouan-demo.json';

/**
 * The demo consultative bodies: the five of tetouan-demo.json, each with its members, sessions
 * (dates relative to the day of seeding: past ones with minutes, one to come), a plan with actions
 * and milestones (fixed dates, the plan of 2023-2026 being dated), indicators, and comments, some
 * published and some waiting for moderation; and the commune's own open-government plan, whose
 * actions are the activities of its five commitments (the progress page).
 *
 * Loaded once, marked in Strapi's store like the city; documents are found again by slug, so an
 * interrupted load is completed on the next start.
 */
const SEEDED_KEY = 'bodies-seeded-at';
type Text = Record<string, string>;

/** Every text of bodies.json in every CMS locale: the seed refuses to write half a translation. */
export const missingTexts = (value: unknown = data) => missingTranslations(value, 'bodies.json');

type PlanSeed = (typeof data.bodies)[number]['plan'] | typeof data.communePlan;

async function seedPlan(strapi: Core.Strapi, plan: PlanSeed, bodyId: string | null, indicatorIds: Map<string, string>, codes: string[]) {
  const history = Object.fromEntries(
    LOCALE_CODES.map((l) => [
      l,
      plan.history.map((h) => ({ ...h, title: h.title?.[l as 'fr'] ?? null, summary: h.summary?.[l as 'fr'] ?? null, changes: null })),
    ]),
  );
  const localized = pick({ title: plan.title, summary: plan.summary, changes: plan.changes as Text | null });
  for (const l of LOCALE_CODES) localized[l].history = history[l];
  // A plan in draft is the body's work in progress: not public yet.
  const planId = await upsert(
    strapi,
    'api::thematic-plan.thematic-plan',
    { slug: plan.slug },
    {
      body: bodyId,
      version: plan.version,
      planStatus: plan.planStatus,
      adoptedOn: plan.adoptedOn,
      startsOn: plan.startsOn,
      endsOn: plan.endsOn,
      indicators: codes.map((c) => indicatorIds.get(c)).filter(Boolean),
    },
    localized,
    plan.planStatus !== 'draft',
  );
  for (const a of plan.actions) {
    const actionId = await upsert(
      strapi,
      'api::plan-action.plan-action',
      { slug: a.slug },
      {
        plan: planId,
        startsOn: a.startsOn,
        endsOn: a.endsOn,
        actionStatus: a.actionStatus,
        weight: a.weight,
        commitment: a.commitment,
      },
      pick({ title: a.title, responsibleService: a.responsibleService }),
      plan.planStatus !== 'draft',
    );
    for (const [i, m] of a.milestones.entries()) {
      const milestones = strapi.documents('api::plan-milestone.plan-milestone');
      const existing = await milestones.findMany({
        locale: DEFAULT_LOCALE,
        filters: { action: { documentId: actionId } },
        fields: ['title'],
      } as any);
      if (existing.length > i) continue;
      const localized = pick({ title: m.title, evidence: m.evidence as Text | null });
      const shared = { action: actionId, dueOn: m.dueOn, reachedOn: m.reachedOn, weight: m.weight, evidenceUrl: m.evidenceUrl };
      const status = plan.planStatus !== 'draft' ? 'published' : 'draft';
      const created = await milestones.create({ locale: DEFAULT_LOCALE, data: { ...shared, ...localized[DEFAULT_LOCALE] }, status } as any);
      for (const locale of LOCALE_CODES.filter((l) => l !== DEFAULT_LOCALE)) {
        await milestones.update({ documentId: created.documentId, locale, data: { ...shared, ...localized[locale] }, status } as any);
      }
    }
  }
  return planId;
}

export async function seedBodiesOnce(strapi: Core.Strapi, now = clock.now()): Promise<boolean> {
  const store = strapi.store({ type: 'core', name: 'hub' });
  if (await store.get({ key: SEEDED_KEY })) return false;
  const missing = missingTexts();
  if (missing.length) throw new Error(`The demo bodies lack texts:\n${missing.join('\n')}`);
  const today = localToday(now);

  const indicatorIds = new Map<string, string>();
  for (const i of data.indicators) {
    indicatorIds.set(
      i.code,
      await upsert(
        strapi,
        'api::indicator.indicator',
        { code: i.code },
        {
          commitment: i.commitment,
          computedFrom: i.computedFrom,
          baseline: i.baseline,
          baselineOn: i.baselineOn,
          target: i.target,
          targetOn: i.targetOn,
          measurements: i.measurements,
        },
        pick({ name: i.name, unit: i.unit, method: i.method as Text | null }),
        true,
      ),
    );
  }

  for (const b of data.bodies) {
    const name = city.consultativeBodies.find((c) => c.slug === b.slug)!;
    const members = Object.fromEntries(
      LOCALE_CODES.map((l) => [l, b.members.map((m) => ({ ...m, role: m.role[l as 'fr'], represents: m.represents[l as 'fr'] }))]),
    );
    const localized = pick({ name: name.name as Text, purpose: b.purpose });
    for (const l of LOCALE_CODES) localized[l].members = members[l];
    const bodyId = await upsert(
      strapi,
      'api::consultative-body.consultative-body',
      { slug: b.slug },
      { theme: name.theme, createdOn: b.createdOn },
      localized,
      true,
    );
    for (const s of b.sessions) {
      const day = new Date(Date.UTC(today.year, today.month - 1, today.day + s.dayOffset));
      const startsAt = localToUtc(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), 17, 0);
      await upsert(
        strapi,
        'api::body-session.body-session',
        { slug: s.slug },
        {
          body: bodyId,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
          capacityBuilding: s.capacityBuilding,
        },
        pick({ title: s.title, place: s.place, agenda: s.agenda, minutes: s.dayOffset < 0 ? (s.minutes as Text | null) : null }),
        true,
      );
    }
    await seedPlan(strapi, b.plan, bodyId, indicatorIds, b.indicators);
  }
  await seedPlan(
    strapi,
    data.communePlan,
    null,
    indicatorIds,
    data.indicators.map((i) => i.code),
  );

  const comments = strapi.documents('api::comment.comment');
  for (const [i, c] of data.comments.entries()) {
    if (await comments.count({ filters: { targetSlug: c.targetSlug, text: c.text } } as any)) continue;
    const body = data.bodies.find((b) => b.plan.slug === c.plan)!;
    // Spread over the last weeks, oldest first.
    const createdAt = new Date(now.getTime() - (data.comments.length - i) * 3 * 86_400_000).toISOString();
    await comments.create({
      data: {
        text: c.text,
        displayName: c.displayName || null,
        language: c.language,
        targetType: c.targetType,
        targetSlug: c.targetSlug,
        bodySlug: body.slug,
        createdAt,
      },
      status: c.published ? 'published' : 'draft',
    } as any);
  }
  await store.set({ key: SEEDED_KEY, value: now.toISOString() });
  strapi.log.info(`Demo bodies seeded: ${data.bodies.length} bodies, ${data.bodies.length + 1} plans, ${data.comments.length} comments.`);
  return true;
}
