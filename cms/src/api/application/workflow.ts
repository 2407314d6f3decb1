import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { now } from '../../clock';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../../locales';
import { localDate } from '../../time';
import { sendDecision } from './mails';
import { APPLICATION, CALL } from './owned';

/**
 * How staff move an application in the admin panel, checked for every change made through the
 * document service (the admin panel, a script), with messages in both languages:
 * - only the association submits or withdraws (submit.ts); staff never put one back to draft;
 * - submitted → under review → needs information, accepted or rejected; accepted, rejected and
 *   withdrawn are final;
 * - a decision (or a request for information) says why: the association reads it;
 * - each score names one of the call's criteria, once.
 * It derives the weighted score out of 100 and the decision's date. After a decision it e-mails
 * the association (mails.ts) and, for an accepted application, creates its partnership.
 */
export const STAFF_MOVES: Record<string, readonly string[]> = {
  submitted: ['under-review', 'needs-information', 'accepted', 'rejected'],
  'under-review': ['needs-information', 'accepted', 'rejected'],
  'needs-information': ['under-review', 'accepted', 'rejected'],
};
const DECISIONS = ['accepted', 'rejected', 'needs-information'];

const M = {
  move: (from: string, to: string) => `Passage impossible de « ${from} » à « ${to} » · لا يمكن الانتقال من «${from}» إلى «${to}»`,
  reason: 'Expliquez la décision : l’association la lira · اشرحوا القرار: ستقرؤه الجمعية',
  criterion: 'Ce critère n’est pas un critère de l’appel · هذا المعيار ليس من معايير الطلب',
  twice: 'Un seul score par critère · نقطة واحدة لكل معيار',
  changed: 'Quelqu’un d’autre vient de changer cet état : rechargez la page · غيّر شخص آخر هذه الحالة للتو: أعيدوا تحميل الصفحة',
} as const;

export interface Problem {
  path: string[];
  message: string;
}

/** The problems of a change from `stored` to `next` (the merged values), and the score it gives. */
export function workflowProblems(
  stored: { state: string },
  next: { state: string; decisionReason?: string | null; reviews?: { criterion: string; score: number }[] },
  criteria: { key: string; weight: number }[],
  storedReason: string | null = null,
): { problems: Problem[]; score: number | null } {
  const problems: Problem[] = [];
  if (next.state !== stored.state && !(STAFF_MOVES[stored.state] ?? []).includes(next.state)) {
    problems.push({ path: ['state'], message: M.move(stored.state, next.state) });
  }
  // Each decision gives its own reason: the one of an earlier request for information does not do.
  if (
    next.state !== stored.state &&
    DECISIONS.includes(next.state) &&
    (!next.decisionReason?.trim() || next.decisionReason === storedReason)
  ) {
    problems.push({ path: ['decisionReason'], message: M.reason });
  }
  const seen = new Set<string>();
  let score: number | null = null;
  (next.reviews ?? []).forEach((r, i) => {
    const criterion = criteria.find((c) => c.key === r.criterion);
    if (!criterion) problems.push({ path: ['reviews', String(i), 'criterion'], message: M.criterion });
    else if (seen.has(r.criterion)) problems.push({ path: ['reviews', String(i), 'criterion'], message: M.twice });
    else {
      seen.add(r.criterion);
      score = (score ?? 0) + (criterion.weight * Number(r.score)) / 5;
    }
  });
  return { problems, score: score === null ? null : Math.round(score * 10) / 10 };
}

function throwIfProblems(problems: Problem[]) {
  if (!problems.length) return;
  throw new errors.ValidationError(problems.map((p) => p.message).join(' — '), {
    errors: problems.map((p) => ({ path: p.path, message: p.message, name: 'ValidationError' })),
  });
}

async function criteriaOf(strapi: Core.Strapi, callDocumentId: string | undefined) {
  if (!callDocumentId) return [];
  const call: any = await strapi
    .documents(CALL)
    .findOne({ documentId: callDocumentId, locale: DEFAULT_LOCALE, populate: { criteria: true } } as any);
  return (call?.criteria ?? []) as { key: string; weight: number }[];
}

const ASSOCIATION = 'api::association.association';
/** Whether a document has a version in a language (a relation links versions of the same language). */
const has = async (strapi: Core.Strapi, uid: string, documentId: string, locale: string) =>
  (await strapi.db.query(uid as any).count({ where: { documentId, locale } })) > 0;

/** The partnership an accepted application becomes, in every language, once. */
export async function ensurePartnership(strapi: Core.Strapi, applicationId: number) {
  const row: any = await strapi.db.query(APPLICATION).findOne({
    where: { id: applicationId },
    populate: { call: { select: ['documentId'] }, association: { select: ['documentId'] }, partnership: { select: ['id'] } },
  });
  if (!row || row.state !== 'accepted' || row.partnership) return;
  let documentId: string | undefined;
  for (const locale of [DEFAULT_LOCALE, ...LOCALE_CODES.filter((l) => l !== DEFAULT_LOCALE)]) {
    const call: any =
      (await strapi.documents(CALL).findOne({ documentId: row.call.documentId, locale, status: 'published' } as any)) ??
      (await strapi.documents(CALL).findOne({ documentId: row.call.documentId, locale } as any));
    const startsOn = row.startsOn ?? call?.startsOn ?? localDate(now());
    const data = {
      title: row.title || call?.title || row.receipt,
      kind: row.kind ?? call?.partnershipKind ?? 'roaming-programme',
      startsOn,
      endsOn: row.endsOn ?? call?.endsOn ?? `${Number(startsOn.slice(0, 4)) + 1}${startsOn.slice(4)}`,
      // By document: the document service links the call's published version as a published
      // relation must, and each language version of the partnership to the same language's rows.
      call: (await has(strapi, CALL, row.call.documentId, locale)) ? { connect: [{ documentId: row.call.documentId, locale }] } : null,
      association: (await has(strapi, ASSOCIATION, row.association.documentId, locale))
        ? { connect: [{ documentId: row.association.documentId, locale }] }
        : null,
      // A one-to-one link lives on one row: the default language's (i18n would move it to the last one written).
      ...(locale === DEFAULT_LOCALE ? { application: row.id } : {}),
    };
    const saved: any = documentId
      ? await strapi.documents('api::partnership.partnership').update({ documentId, locale, data } as any)
      : await strapi.documents('api::partnership.partnership').create({ locale, data } as any);
    documentId ??= saved.documentId;
  }
}

export function registerApplicationRules(strapi: Core.Strapi) {
  strapi.documents.use(async (context: any, next: () => Promise<any>) => {
    if (context.uid !== APPLICATION) return next();
    const params = context.params ?? {};
    if (context.action === 'create') {
      // Staff may record an application received on paper: it starts as a draft like any other.
      params.data = { ...(params.data ?? {}), state: 'draft', receipt: null, submittedAt: null, decidedAt: null };
      return next();
    }
    if (context.action !== 'update' || !params.documentId) return next();
    const stored: any = await strapi.db.query(APPLICATION).findOne({
      where: { documentId: params.documentId },
      populate: { call: { select: ['documentId'] }, reviews: true },
    });
    if (!stored) return next();
    const data = params.data ?? {};
    const merged = {
      state: data.state ?? stored.state,
      decisionReason: 'decisionReason' in data ? data.decisionReason : stored.decisionReason,
      reviews: 'reviews' in data ? data.reviews : stored.reviews,
    };
    const { problems, score } = workflowProblems(
      stored,
      merged,
      await criteriaOf(strapi, stored.call?.documentId),
      stored.decisionReason ?? null,
    );
    throwIfProblems(problems);
    // What only the association's own actions set, never an edit in the panel.
    delete data.receipt;
    delete data.submittedAt;
    delete data.association;
    delete data.call;
    const decided = merged.state !== stored.state && DECISIONS.includes(merged.state);
    // Two reviewers deciding at once: the state moves only from the one both read, once.
    if (merged.state !== stored.state) {
      const { count } = await strapi.db
        .query(APPLICATION)
        .updateMany({ where: { id: stored.id, state: stored.state }, data: { state: merged.state } });
      if (count !== 1) throwIfProblems([{ path: ['state'], message: M.changed }]);
    }
    params.data = { ...data, score, ...(decided ? { decidedAt: now() } : {}) };
    context.params = params;
    let result;
    try {
      result = await next();
    } catch (e) {
      // The rest of the change was refused: the state goes back to what it was.
      if (merged.state !== stored.state)
        await strapi.db.query(APPLICATION).update({ where: { id: stored.id }, data: { state: stored.state } });
      throw e;
    }
    if (decided) {
      // The decision stands even if this fails: the outbox makes the partnership later (mails.ts).
      if (merged.state === 'accepted') {
        await ensurePartnership(strapi, stored.id).catch((e) =>
          strapi.log.error(`[partnership] ${(e as Error).message}; retried by the outbox`),
        );
      }
      await sendDecision(strapi, stored.id);
    }
    return result;
  });
}
