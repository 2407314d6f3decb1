import type { Core } from '@strapi/strapi';
import { now } from '../../clock';
import { DEFAULT_LOCALE } from '../../locales';
import { ACCESS_FIELDS, AUDIENCE_FLAGS } from '../../vocabulary';
import { Refusal } from '../../utils/refusal';
import { associationOf } from '../account/accounts';
import { phaseOf } from '../call-for-interest/phase';

/**
 * An application as its owners see it, and the one way to reach it: by its documentId (random,
 * not a row number) and only through an account of the association that owns it. Anything else
 * (another association's, or one that does not exist) is the same 404, so nobody can tell them
 * apart. Reviews, the score and staff notes never leave the CMS; the decision's reason shows once
 * a decision is taken.
 */
export const APPLICATION = 'api::application.application';
export const CALL = 'api::call-for-interest.call-for-interest';

export const EDITABLE = ['draft', 'needs-information'] as const;
export const DECIDED = ['accepted', 'rejected'] as const;

export const ROW_POPULATE = {
  call: { select: ['documentId'] },
  association: { select: ['documentId', 'name', 'verified', 'correspondenceLanguage'] },
  neighbourhoods: { select: ['slug'] },
  audience: true,
  accessibilityOffers: true,
  attachments: true,
} as const;

export type ApplicationRow = Record<string, any>;

export async function ownerOf(strapi: Core.Strapi, user: { id: number }) {
  const association = await associationOf(strapi, user.id);
  if (!association) throw new Refusal(404, 'not-found');
  return association as { documentId: string; verified: boolean; name: string; correspondenceLanguage: string };
}

const DOCUMENT_ID = /^[a-z0-9]{20,40}$/;

/** The row of an application the account's association owns, or a 404. */
export async function ownedRow(strapi: Core.Strapi, user: { id: number }, documentId: unknown): Promise<ApplicationRow> {
  if (typeof documentId !== 'string' || !DOCUMENT_ID.test(documentId)) throw new Refusal(404, 'not-found');
  const owner = await ownerOf(strapi, user);
  const row: ApplicationRow | null = await strapi.db.query(APPLICATION).findOne({ where: { documentId }, populate: ROW_POPULATE as any });
  if (!row || row.association?.documentId !== owner.documentId) throw new Refusal(404, 'not-found');
  return row;
}

/** The published call in a language, falling back to the default one; null when unpublished. */
export async function publishedCall(strapi: Core.Strapi, documentId: string | undefined, locale: string): Promise<any | null> {
  // A call staff deleted leaves its applications readable, and no longer editable.
  if (!documentId) return null;
  const read = (l: string) =>
    strapi.documents(CALL).findOne({ documentId, locale: l, status: 'published', populate: { criteria: true, documents: true } } as any);
  return (await read(locale)) ?? (locale === DEFAULT_LOCALE ? null : await read(DEFAULT_LOCALE));
}

const flagsOf = (component: Record<string, unknown> | null | undefined, names: readonly string[]) =>
  names.filter((n) => component?.[n] === true);

export type StepState = 'todo' | 'done';
const filled = (v: unknown) => (typeof v === 'string' ? v.trim() !== '' : v !== null && v !== undefined);

/** What each step of the form still needs, field by field: also what submitting checks. */
export function missingFields(row: ApplicationRow, call: any): Record<string, Record<string, 'required'>> {
  const need = (fields: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(fields)
        .filter(([, v]) => !filled(v) || (Array.isArray(v) && !v.length))
        .map(([k]) => [k, 'required' as const]),
    );
  const attached = new Set((row.attachments ?? []).map((a: any) => a.document));
  return {
    about: need({ contactName: row.contactName, contactPhone: row.contactPhone }),
    proposal: need({ title: row.title, summary: row.summary, activities: row.activities, kind: row.kind }),
    reach: need({
      neighbourhoods: (row.neighbourhoods ?? []).map((n: any) => n.slug),
      audiences: flagsOf(row.audience, AUDIENCE_FLAGS),
      participants: row.participants,
    }),
    accessibility: need({ accessibilityPlan: row.accessibilityPlan }),
    documents: Object.fromEntries(
      (call?.documents ?? [])
        .filter((d: any) => d.required && !attached.has(d.key))
        .map((d: any) => [`document-${d.key}`, 'required' as const]),
    ),
  };
}

/**
 * Runs a change of an owner's application only while it is still editable, in one transaction that
 * first claims the row: a conditional update (state still draft or needs-information) that locks it
 * on PostgreSQL, so a save or an upload racing a submission either lands before it or is refused,
 * and two uploads at once are applied one after the other.
 */
export async function whileEditable<T>(strapi: Core.Strapi, rowId: number, change: () => Promise<T>): Promise<T> {
  return strapi.db.transaction(async ({ trx }: any) => {
    const claimed = await trx('applications')
      .where({ id: rowId })
      .whereIn('state', [...EDITABLE])
      .update({ updated_at: new Date() });
    if (claimed !== 1) throw new Refusal(409, 'not-editable');
    return change();
  });
}

export function isEditable(row: ApplicationRow, call: any, at = now()): boolean {
  if (row.state === 'needs-information') return true;
  return row.state === 'draft' && !!call && phaseOf(call, at) === 'open';
}

export function viewOf(row: ApplicationRow, call: any) {
  const at = now();
  const missing = missingFields(row, call);
  const decided = (DECIDED as readonly string[]).includes(row.state) || row.state === 'needs-information';
  return {
    documentId: row.documentId,
    status: row.state,
    receipt: row.receipt ?? null,
    submittedAt: row.submittedAt ?? null,
    updatedAt: row.updatedAt,
    editable: isEditable(row, call, at),
    call: call && {
      slug: call.slug,
      reference: call.reference,
      title: call.title,
      deadline: call.deadline,
      phase: phaseOf(call, at),
      documents: (call.documents ?? []).map((d: any) => ({
        key: d.key,
        label: d.label,
        hint: d.hint ?? null,
        required: d.required !== false,
      })),
      criteria: (call.criteria ?? []).map((c: any) => ({
        key: c.key,
        label: c.label,
        description: c.description ?? null,
        weight: c.weight,
      })),
    },
    proposal: {
      contactName: row.contactName ?? null,
      contactRole: row.contactRole ?? null,
      contactPhone: row.contactPhone ?? null,
      title: row.title ?? null,
      summary: row.summary ?? null,
      activities: row.activities ?? null,
      kind: row.kind ?? null,
      startsOn: row.startsOn ?? null,
      endsOn: row.endsOn ?? null,
      budget: row.budget ?? null,
    },
    reach: {
      neighbourhoods: (row.neighbourhoods ?? []).map((n: any) => n.slug).sort(),
      audiences: flagsOf(row.audience, AUDIENCE_FLAGS),
      participants: row.participants ?? null,
      outreach: row.outreach ?? null,
    },
    accessibility: { offers: flagsOf(row.accessibilityOffers, ACCESS_FIELDS), plan: row.accessibilityPlan ?? null },
    attachments: (row.attachments ?? []).map((a: any) => ({
      id: String(a.id),
      document: a.document,
      name: a.name,
      mime: a.mime,
      size: a.size,
    })),
    steps: Object.fromEntries(Object.entries(missing).map(([step, fields]) => [step, Object.keys(fields).length ? 'todo' : 'done'])),
    decision: decided && row.decisionReason ? { outcome: row.state, reason: row.decisionReason, decidedAt: row.decidedAt ?? null } : null,
  };
}

export async function summaryOf(strapi: Core.Strapi, row: ApplicationRow, locale: string) {
  const call = row.call?.documentId ? await publishedCall(strapi, row.call.documentId, locale) : null;
  const view = viewOf(row, call);
  return {
    documentId: view.documentId,
    call: view.call && {
      slug: view.call.slug,
      reference: view.call.reference,
      title: view.call.title,
      deadline: view.call.deadline,
      phase: view.call.phase,
    },
    status: view.status,
    receipt: view.receipt,
    submittedAt: view.submittedAt,
    updatedAt: view.updatedAt,
    decision: view.decision,
  };
}
