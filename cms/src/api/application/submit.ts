import type { Core } from '@strapi/strapi';
import { now } from '../../clock';
import { Refusal } from '../../utils/refusal';
import { phaseOf } from '../call-for-interest/phase';
import { sendReceipt, sendStaffNotice } from './mails';
import { APPLICATION, missingFields, ownedRow, publishedCall, ROW_POPULATE, viewOf } from './owned';

/**
 * "Submit an application": the one domain action that moves an application out of draft, written
 * once for every way in. It checks, in this order:
 * - the call is still running and, for a first submission, its deadline has not passed (the
 *   CMS's clock; the deadline is an instant, shown in Tétouan time); an application the commission
 *   sent back for information may be submitted again after it;
 * - the association has been verified by the commune (an unverified one keeps its draft);
 * - every required field and document is there (named field by field when not);
 * - the association has no other application to this call past draft.
 * Then, in one transaction, it claims the application with a conditional update (only a row still
 * in draft or needs-information moves, so of two racing submissions exactly one wins, on SQLite as
 * on PostgreSQL), stamps it, and gives a first submission its receipt from the call's counter, as
 * `AMI-2026-03-0042`. The receipt e-mail goes after the commit; if the mail server is down, the
 * outbox (mails.ts) sends it later: the submission itself is never lost.
 */
const CALL_TABLE = 'calls_for_interest';
const SENT = ['submitted', 'under-review', 'needs-information', 'accepted', 'rejected'];

export const receiptOf = (reference: string, n: number) => `${reference}-${String(n).padStart(4, '0')}`;

export async function submit(strapi: Core.Strapi, user: { id: number }, documentId: unknown, locale: string) {
  const row = await ownedRow(strapi, user, documentId);
  const call = await publishedCall(strapi, row.call?.documentId, locale);
  if (SENT.includes(row.state) && row.state !== 'needs-information') throw new Refusal(409, 'already-submitted');
  if (row.state === 'withdrawn') throw new Refusal(409, 'not-editable');
  if (!call || call.state !== 'scheduled') throw new Refusal(400, 'call-closed');
  const at = now();
  if (row.state === 'draft') {
    const phase = phaseOf(call, at);
    if (phase === 'upcoming') throw new Refusal(400, 'not-open-yet');
    if (phase === 'closed') throw new Refusal(400, 'deadline-passed');
  }
  if (!row.association?.verified) throw new Refusal(400, 'not-verified');
  const missing = Object.assign({}, ...Object.values(missingFields(row, call)));
  if (Object.keys(missing).length) throw new Refusal(400, 'incomplete', { fields: missing });

  const first = row.state === 'draft';
  await strapi.db.transaction(async ({ trx }: any) => {
    // The call's counter first: the increment locks the call's rows, so submissions to one call
    // run one after the other on PostgreSQL too, and the check below cannot be raced by another
    // application of the same association. A refusal rolls the increment back.
    if (first) await trx(CALL_TABLE).where({ document_id: call.documentId }).increment('receipt_counter', 1);
    const other = await strapi.db.query(APPLICATION).count({
      where: {
        id: { $ne: row.id },
        call: { documentId: call.documentId },
        association: { documentId: row.association.documentId },
        state: { $in: SENT },
      },
    });
    if (other) throw new Refusal(409, 'already-submitted');
    const { count } = await strapi.db.query(APPLICATION).updateMany({
      where: { id: row.id, state: row.state },
      data: { state: 'submitted', submittedAt: at, ...(first ? { receiptMailedAt: null } : {}) },
    });
    if (count !== 1) throw new Refusal(409, 'already-submitted');
    if (!first) return;
    // One counter per call, on all its rows (languages, draft and published): two associations
    // submitting at the same instant get consecutive numbers.
    const { n } = await trx(CALL_TABLE).where({ document_id: call.documentId }).max({ n: 'receipt_counter' }).first();
    await strapi.db.query(APPLICATION).update({ where: { id: row.id }, data: { receipt: receiptOf(call.reference, Number(n)) } });
  });

  const fresh = await strapi.db.query(APPLICATION).findOne({ where: { id: row.id }, populate: ROW_POPULATE as any });
  // The answer does not wait for the mail server (a slow one would outlast the site's patience and
  // show a submission that stands as failed): each mail is claimed, and the outbox retries it.
  if (first) {
    void (async () => {
      await sendReceipt(strapi, fresh.id);
      await sendStaffNotice(strapi, fresh.id);
    })().catch((e) => strapi.log.error(`[mail] after submission: ${(e as Error).message}`));
  }
  return viewOf(fresh, call);
}

/** An association may withdraw its application until a decision is taken. */
export async function withdraw(strapi: Core.Strapi, user: { id: number }, documentId: unknown, locale: string) {
  const row = await ownedRow(strapi, user, documentId);
  const { count } = await strapi.db.query(APPLICATION).updateMany({
    where: { id: row.id, state: { $in: ['draft', 'submitted', 'under-review', 'needs-information'] } },
    data: { state: 'withdrawn' },
  });
  if (count !== 1) throw new Refusal(409, 'not-editable');
  const call = await publishedCall(strapi, row.call?.documentId, locale);
  return viewOf(await strapi.db.query(APPLICATION).findOne({ where: { id: row.id }, populate: ROW_POPULATE as any }), call);
}
