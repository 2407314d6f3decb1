import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '../../locales';
import { throwIfProblems, type Problem } from '../event/rules';
import { localDate } from '../../time';
import { now } from '../../clock';

/**
 * The rules of plans, actions and milestones, kept on every write through the document service
 * (admin panel, API, seed), with messages in French and Arabic:
 * - dates in order (an end after the start);
 * - a plan's version only goes up, and an adopted plan says when it was adopted;
 * - a new version keeps the one it replaces readable: when a plan's version number goes up, the
 *   version it had (number, status, adoption date, title, summary, what had changed) is added to
 *   its `history` in every language, with the day it was replaced.
 */
const M = {
  endAfterStart: 'La fin doit être après le début · يجب أن تكون النهاية بعد البداية',
  versionDown: 'Le numéro de version ne peut que monter · لا يمكن لرقم النسخة إلا أن يرتفع',
  adoptedOn: "Indiquez la date d'adoption d'un plan adopté · حدّدوا تاريخ اعتماد الخطة المعتمدة",
} as const;

const PLAN = 'api::thematic-plan.thematic-plan';
const DATED: Record<string, [string, string]> = {
  [PLAN]: ['startsOn', 'endsOn'],
  'api::plan-action.plan-action': ['startsOn', 'endsOn'],
};

type Values = Record<string, any>;

export function planProblems(uid: string, values: Values): Problem[] {
  const problems: Problem[] = [];
  const dates = DATED[uid];
  if (dates) {
    const [start, end] = dates.map((f) => values[f]);
    if (start && end && String(end) < String(start)) problems.push({ path: [dates[1]], message: M.endAfterStart });
  }
  if (uid === PLAN && values.planStatus === 'adopted' && !values.adoptedOn) problems.push({ path: ['adoptedOn'], message: M.adoptedOn });
  return problems;
}

const snapshot = (row: Values, replacedOn: string) => ({
  version: row.version,
  planStatus: row.planStatus,
  adoptedOn: row.adoptedOn ?? null,
  title: row.title ?? null,
  summary: row.summary ?? null,
  changes: row.changes ?? null,
  replacedOn,
});
const withoutIds = (history: Values[] = []) => history.map(({ id: _id, __temp_key__: _key, ...rest }) => rest);

export function registerPlanRules(strapi: Core.Strapi) {
  strapi.documents.use(async (context: any, next: () => Promise<any>) => {
    if (!(context.uid in DATED) && context.uid !== 'api::plan-milestone.plan-milestone') return next();
    if (context.action !== 'create' && context.action !== 'update') return next();
    const params = context.params ?? {};
    const locale = params.locale ?? DEFAULT_LOCALE;
    const query = strapi.db.query(context.uid);
    const drafts: Values[] =
      context.action === 'update' && params.documentId
        ? await query.findMany({
            where: { documentId: params.documentId, publishedAt: null },
            populate: context.uid === PLAN ? { history: true } : {},
          })
        : [];
    const stored = drafts.find((d) => d.locale === locale) ?? drafts[0] ?? {};
    const merged = { ...stored, ...(params.data ?? {}) };
    throwIfProblems(planProblems(context.uid, merged));

    const replaced =
      context.uid === PLAN &&
      stored.version &&
      params.data?.version !== undefined &&
      Number(params.data.version) !== Number(stored.version);
    if (replaced && Number(params.data.version) < Number(stored.version)) throwIfProblems([{ path: ['version'], message: M.versionDown }]);
    if (!replaced) return next();

    const today = localDate(now());
    const own = drafts.find((d) => d.locale === locale);
    if (own) params.data.history = [...withoutIds(params.data.history ?? own.history), snapshot(own, today)];
    context.params = params;
    const result = await next();
    // The other languages keep their own text of the version replaced.
    for (const other of drafts.filter((d) => d.locale !== locale)) {
      await strapi.documents(PLAN as any).update({
        documentId: params.documentId,
        locale: other.locale,
        data: { history: [...withoutIds(other.history), snapshot(other, today)] },
      } as any);
    }
    return result;
  });
}
