import { associationCategoryLabel } from '$lib/associations/labels';
import type { AssociationCategory } from '$lib/associations/vocabulary';
import { categoryLabel } from '$lib/events/labels';
import type { Category } from '$lib/events/vocabulary';
import type { Locale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { dimensionLabel, groupLabel } from '$lib/plans/labels';
import type { IndicatorView, Point } from '$lib/plans/view-models';
import type { FigureKey } from '$lib/plans/vocabulary';
import { now } from '../clock';
import { localDate } from '$lib/dates';
import { cmsGet } from './client';
import { listNeighbourhoods } from './neighbourhoods';
import { figures as figuresSchema, indicator, listOf, type CmsFigures, type CmsIndicator } from './schemas';

/**
 * The figures the CMS counts from the hub's own data (cms/src/api/indicator/figures.ts). Read
 * fresh for each page, never cached here: the progress page, a plan's page and the downloads must
 * show the same numbers.
 */
export async function getFigures(fetchFn?: typeof fetch): Promise<CmsFigures> {
  return (await cmsGet('/indicators/figures', {}, figuresSchema, fetchFn)).data;
}

export async function listIndicators(locale: Locale, fetchFn?: typeof fetch): Promise<CmsIndicator[]> {
  const res = await cmsGet(
    '/indicators',
    { locale, sort: ['commitment:asc', 'code:asc'], pagination: { pageSize: 100 } },
    listOf(indicator),
    fetchFn,
  );
  return res.data;
}

const FIGURE_BREAKDOWN: Record<FigureKey, () => string> = {
  'events-by-neighbourhood': m.dimension_neighbourhood,
  'events-by-category': m.breakdown_category,
  'associations-taking-part': m.breakdown_category,
  'associations-by-category': m.breakdown_category,
  'heritage-points-built': m.dimension_total,
  'comments-received': m.breakdown_target,
};

const TARGET_LABEL: Record<string, () => string> = {
  plan: m.comment_about_plan,
  action: m.comment_about_action,
  event: m.comment_about_event,
};

/** Indicators as pages show them: reference, target, latest value, totals over time and breakdowns. */
export async function indicatorViews(
  list: CmsIndicator[],
  figures: CmsFigures,
  locale: Locale,
  fetchFn?: typeof fetch,
): Promise<IndicatorView[]> {
  const needsPlaces = list.some(
    (i) => i.computedFrom === 'events-by-neighbourhood' || i.measurements.some((x) => x.dimension === 'neighbourhood'),
  );
  const places = needsPlaces
    ? new Map((await listNeighbourhoods(locale, fetchFn)).map((n) => [n.slug, n.name]))
    : new Map<string, string>();
  const today = localDate(now());
  const labelOf = (key: FigureKey | 'neighbourhood' | string, group: string) => {
    if (key === 'neighbourhood' || key === 'events-by-neighbourhood') return places.get(group) ?? group;
    if (key === 'events-by-category') return categoryLabel[group as Category]?.() ?? group;
    if (key === 'associations-taking-part' || key === 'associations-by-category')
      return associationCategoryLabel[group as AssociationCategory]?.() ?? group;
    if (key === 'comments-received') return TARGET_LABEL[group]?.() ?? group;
    return groupLabel(group);
  };

  return list.map((i) => {
    const totals: Point[] = i.measurements
      .filter((x) => x.dimension === 'total')
      .map((x) => ({ on: x.measuredOn, value: x.value, source: x.source }))
      .sort((a, b) => a.on.localeCompare(b.on));
    const figure = i.computedFrom ? figures.find((f) => f.key === i.computedFrom) : undefined;
    if (figure && figure.total !== null) totals.push({ on: today, value: figure.total, source: m.source_hub() });
    const breakdowns: IndicatorView['breakdowns'] = [];
    for (const dimension of ['sex', 'age-group', 'disability', 'neighbourhood'] as const) {
      const rows = i.measurements.filter((x) => x.dimension === dimension);
      if (!rows.length) continue;
      const on = rows
        .map((x) => x.measuredOn)
        .sort()
        .at(-1)!;
      breakdowns.push({
        title: dimensionLabel[dimension](),
        on,
        rows: rows.filter((x) => x.measuredOn === on).map((x) => ({ label: labelOf(dimension, x.group ?? ''), value: x.value })),
      });
    }
    if (figure && figure.breakdown.length) {
      breakdowns.push({
        title: FIGURE_BREAKDOWN[figure.key](),
        on: today,
        rows: figure.breakdown.map((b) => ({ label: labelOf(figure.key, b.group), value: b.value })),
      });
    }
    return {
      code: i.code,
      name: i.name,
      unit: i.unit,
      commitment: i.commitment,
      computed: Boolean(figure),
      method: i.method,
      baseline: i.baseline !== null && i.baselineOn ? { on: i.baselineOn, value: i.baseline, source: '' } : null,
      target: i.target !== null && i.targetOn ? { on: i.targetOn, value: i.target, source: '' } : null,
      latest: totals.at(-1) ?? null,
      series: totals,
      breakdowns,
    };
  });
}
