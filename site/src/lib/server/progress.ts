import type { Locale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { actionStatusLabel } from '$lib/plans/labels';
import type { ActionView, IndicatorView, PlanCard } from '$lib/plans/view-models';
import { COMMITMENTS } from '$lib/plans/vocabulary';
import { now } from './clock';
import { getFigures, indicatorViews, listIndicators } from './cms/indicators';
import { getPlan, listPlans } from './cms/plans';

/** The commune's open-government plan 2023-2026 in the CMS: its actions are the activities of the five commitments. */
export const COMMUNE_PLAN = 'tetouan-commune-ouverte';

export interface ProgressData {
  generatedAt: string;
  plan: { slug: string; title: string; progress: number | null };
  commitments: { number: number; activities: ActionView[]; indicators: IndicatorView[] }[];
  plans: PlanCard[];
}

/** One reading for the progress page and its downloads, so that both carry the same numbers. */
export async function progressData(locale: Locale, fetchFn?: typeof fetch): Promise<ProgressData> {
  const [plan, plans, indicators, figures] = await Promise.all([
    getPlan(COMMUNE_PLAN, locale, fetchFn),
    listPlans(locale, undefined, fetchFn),
    listIndicators(locale, fetchFn),
    getFigures(fetchFn),
  ]);
  const views = await indicatorViews(indicators, figures, locale, fetchFn);
  return {
    generatedAt: now().toISOString(),
    plan: { slug: plan.slug, title: plan.title, progress: plan.progress },
    commitments: COMMITMENTS.map((number) => ({
      number,
      activities: plan.actions.filter((a) => a.commitment === number),
      indicators: views.filter((i) => i.commitment === number),
    })),
    plans: plans.filter((p) => p.slug !== COMMUNE_PLAN),
  };
}

const csvCell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  // A cell starting with = + - @ would be run as a formula by a spreadsheet: quoted and prefixed.
  const safe = /^[=+\-@\t\r]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\n\r;]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Every value of every indicator, one row each (reference, measurements, today's count, target, breakdowns). */
export function indicatorsCsv(data: ProgressData): string {
  const header = [
    m.csv_commitment(),
    m.csv_code(),
    m.csv_indicator(),
    m.csv_unit(),
    m.csv_kind(),
    m.indicator_col_date(),
    m.indicator_col_value(),
    m.indicator_col_source(),
    m.csv_breakdown(),
    m.indicator_col_group(),
  ];
  const rows: (string | number | null)[][] = [];
  for (const c of data.commitments) {
    for (const i of c.indicators) {
      const base = [c.number, i.code, i.name, i.unit];
      if (i.baseline) rows.push([...base, m.indicator_baseline(), i.baseline.on, i.baseline.value, '', '', '']);
      for (const p of i.series) rows.push([...base, m.indicator_measured(), p.on, p.value, p.source, '', '']);
      if (i.target) rows.push([...base, m.indicator_target(), i.target.on, i.target.value, '', '', '']);
      for (const b of i.breakdowns)
        for (const r of b.rows) rows.push([...base, m.indicator_measured(), b.on, r.value, '', b.title, r.label]);
    }
  }
  // A byte order mark, so that spreadsheets read Arabic as UTF-8.
  return `\ufeff${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function progressJson(data: ProgressData) {
  return {
    generatedAt: data.generatedAt,
    plan: data.plan,
    commitments: data.commitments.map((c) => ({
      number: c.number,
      activities: c.activities.map((a) => ({
        slug: a.slug,
        title: a.title,
        responsibleService: a.responsibleService,
        startsOn: a.startsOn,
        endsOn: a.endsOn,
        status: a.status,
        statusLabel: actionStatusLabel[a.status](),
        progress: a.progress,
      })),
      indicators: c.indicators,
    })),
    plans: data.plans.map((p) => ({
      slug: p.slug,
      title: p.title,
      status: p.status,
      version: p.version,
      progress: p.progress,
      body: p.body,
    })),
  };
}
