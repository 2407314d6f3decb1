import type { Locale } from '$lib/i18n';
import { actionProgress, planProgress } from '$lib/plans/progress';
import type { ActionView, PlanCard, PlanPage } from '$lib/plans/view-models';
import { cmsGet } from './client';
import { indicatorViews, getFigures } from './indicators';
import { mediaUrl } from './media';
import { listOf, oneOf, planDetail, planSummary, type CmsPlanDetail, type CmsPlanSummary } from './schemas';

function card(p: CmsPlanSummary | CmsPlanDetail): PlanCard {
  return {
    slug: p.slug,
    title: p.title,
    version: p.version,
    status: p.planStatus,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    progress: planProgress(p.actions),
    body: p.body ? { slug: p.body.slug, name: p.body.name } : null,
  };
}

const actionView = (a: CmsPlanDetail['actions'][number]): ActionView => ({
  slug: a.slug,
  title: a.title,
  responsibleService: a.responsibleService,
  description: a.description,
  startsOn: a.startsOn,
  endsOn: a.endsOn,
  status: a.actionStatus,
  weight: a.weight,
  commitment: a.commitment,
  progress: actionProgress(a),
  milestones: a.milestones.map((m) => ({
    title: m.title,
    dueOn: m.dueOn,
    reachedOn: m.reachedOn,
    evidence: m.evidence,
    evidenceUrl: m.evidenceUrl && /^https?:\/\//.test(m.evidenceUrl) ? m.evidenceUrl : null,
  })),
  events: a.events,
  updatedAt: a.updatedAt,
});

/** Plans published in a locale, optionally of one body, with their progress. */
export async function listPlans(locale: Locale, bodySlug?: string, fetchFn?: typeof fetch): Promise<PlanCard[]> {
  const res = await cmsGet(
    '/thematic-plans',
    {
      locale,
      ...(bodySlug ? { filters: { body: { slug: { $eq: bodySlug } } } } : {}),
      sort: 'title:asc',
      pagination: { pageSize: 100 },
    },
    listOf(planSummary),
    fetchFn,
  );
  return res.data.map(card);
}

/** One plan with its actions, milestones, indicators (computed ones counted now by the CMS) and versions. */
export async function getPlan(slug: string, locale: Locale, fetchFn?: typeof fetch): Promise<PlanPage> {
  const [{ data: p }, figures] = await Promise.all([
    cmsGet(`/thematic-plans/by-slug/${encodeURIComponent(slug)}`, { locale }, oneOf(planDetail), fetchFn),
    getFigures(fetchFn),
  ]);
  return {
    ...card(p),
    adoptedOn: p.adoptedOn,
    summary: p.summary,
    changes: p.changes,
    updatedAt: p.updatedAt,
    documentUrl: p.document ? mediaUrl(p.document.url) : null,
    history: [...p.history]
      .sort((a, b) => b.version - a.version)
      .map((h) => ({
        version: h.version,
        status: h.planStatus,
        adoptedOn: h.adoptedOn,
        replacedOn: h.replacedOn,
        title: h.title ?? p.title,
        summary: h.summary,
        changes: h.changes,
      })),
    actions: p.actions.map(actionView),
    indicators: await indicatorViews(p.indicators, figures, locale, fetchFn),
  };
}
