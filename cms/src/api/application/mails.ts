import type { Core } from '@strapi/strapi';
import { now } from '../../clock';
import { deliver, siteUrl } from '../../mail/send';
import { DEFAULT_LOCALE } from '../../locales';
import { TIME_ZONE } from '../../time';
import { APPLICATION, publishedCall } from './owned';

/**
 * The e-mails about an application: the receipt of a submission and each decision, in the
 * association's correspondence language, to every account of the association. Each is stamped
 * once sent (`receiptMailedAt`, `decisionMailed`); one that could not leave is sent again by the
 * outbox (every five minutes, src/index.ts), so a mail server that is down loses nothing.
 */
const MAIL_POPULATE = {
  call: { select: ['documentId'] },
  association: { select: ['documentId', 'name', 'correspondenceLanguage'] },
} as const;

async function recipientsOf(strapi: Core.Strapi, associationDocumentId: string): Promise<string[]> {
  const versions: any[] = await strapi.db.query('api::association.association').findMany({
    where: { documentId: associationDocumentId },
    populate: { accounts: { select: ['email', 'blocked', 'confirmed'] } },
  });
  const accounts = versions.flatMap((v) => v.accounts ?? []).filter((a: any) => !a.blocked && a.confirmed);
  return [...new Set(accounts.map((a: any) => a.email as string))];
}

async function context(strapi: Core.Strapi, id: number) {
  const row: any = await strapi.db.query(APPLICATION).findOne({ where: { id }, populate: MAIL_POPULATE as any });
  if (!row?.association) return null;
  const locale = row.association.correspondenceLanguage === 'fr' ? 'fr' : 'ar';
  const call = row.call?.documentId ? await publishedCall(strapi, row.call.documentId, locale) : null;
  const to = await recipientsOf(strapi, row.association.documentId);
  const association = await strapi.db
    .query('api::association.association')
    .findOne({ where: { documentId: row.association.documentId, locale }, select: ['name'] });
  return { row, locale, call, to, associationName: association?.name ?? row.association.name };
}

const when = (instant: Date | string, locale: string) =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-MA' : 'ar-MA', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(
    new Date(instant),
  );

export async function sendReceipt(strapi: Core.Strapi, id: number): Promise<boolean> {
  const c = await context(strapi, id);
  if (!c || !c.row.receipt || c.row.receiptMailedAt || !c.to.length) return false;
  // Claimed before sending, so the outbox and the submission never both send it; released on failure.
  const { count } = await strapi.db
    .query(APPLICATION)
    .updateMany({ where: { id, receiptMailedAt: { $null: true } }, data: { receiptMailedAt: now() } });
  if (count !== 1) return false;
  const sent = await deliver(strapi, c.to, 'receipt', c.locale, {
    association: c.associationName,
    call: c.call?.title ?? '',
    reference: c.call?.reference ?? '',
    receipt: c.row.receipt,
    submittedAt: when(c.row.submittedAt, c.locale),
    link: `${siteUrl()}/${c.locale}/account`,
  });
  if (!sent) await strapi.db.query(APPLICATION).update({ where: { id }, data: { receiptMailedAt: null } });
  return sent;
}

/** The programme team's addresses (STAFF_EMAIL, commas or spaces between them): told of each submission. */
export function staffAddresses(env: NodeJS.ProcessEnv = process.env): string[] {
  return [...new Set((env.STAFF_EMAIL ?? '').split(/[\s,]+/).filter((a) => /^[^\s@]+@[^\s@]+$/.test(a)))];
}

// A notice is worth sending while the application waits for its first look; not for old ones.
const STAFF_NOTICE_DAYS = 2;

/**
 * Tells the programme team that an application arrived, with the link to it in the admin panel,
 * in the CMS's default language. Claimed and released like the receipt, so it goes once.
 */
export async function sendStaffNotice(strapi: Core.Strapi, id: number): Promise<boolean> {
  const to = staffAddresses();
  if (!to.length) return false;
  const row: any = await strapi.db.query(APPLICATION).findOne({ where: { id }, populate: MAIL_POPULATE as any });
  if (!row?.receipt || row.staffMailedAt || row.state !== 'submitted' || !row.association) return false;
  const { count } = await strapi.db
    .query(APPLICATION)
    .updateMany({ where: { id, staffMailedAt: { $null: true } }, data: { staffMailedAt: now() } });
  if (count !== 1) return false;
  const locale = DEFAULT_LOCALE;
  const call = row.call?.documentId ? await publishedCall(strapi, row.call.documentId, locale) : null;
  const association = await strapi.db
    .query('api::association.association')
    .findOne({ where: { documentId: row.association.documentId, locale }, select: ['name'] });
  // Where staff open the admin panel (ADMIN_URL: behind the proxy, its own address); else the CMS's own.
  const admin = (process.env.ADMIN_URL?.trim() || String(strapi.config.get('admin.absoluteUrl', ''))).replace(/\/+$/, '');
  const sent = await deliver(strapi, to, 'staff-new-application', locale, {
    association: association?.name ?? row.association.name,
    call: call?.title ?? '',
    reference: call?.reference ?? '',
    receipt: row.receipt,
    submittedAt: when(row.submittedAt, locale),
    link: `${admin}/content-manager/collection-types/${APPLICATION}/${row.documentId}`,
  });
  if (!sent) await strapi.db.query(APPLICATION).update({ where: { id }, data: { staffMailedAt: null } });
  return sent;
}

/** Which decision a stamp records: the status and when it was taken, so a new decision is mailed again. */
export const decisionStamp = (row: { state: string; decidedAt?: string | Date | null }) =>
  `${row.state}@${new Date(row.decidedAt ?? 0).getTime()}`;

export async function sendDecision(strapi: Core.Strapi, id: number): Promise<boolean> {
  const c = await context(strapi, id);
  if (!c || !['accepted', 'rejected', 'needs-information'].includes(c.row.state) || !c.to.length) return false;
  const stamp = decisionStamp(c.row);
  if (c.row.decisionMailed === stamp) return false;
  const { count } = await strapi.db.query(APPLICATION).updateMany({
    where: { id, $or: [{ decisionMailed: { $null: true } }, { decisionMailed: { $ne: stamp } }] },
    data: { decisionMailed: stamp },
  });
  if (count !== 1) return false;
  const sent = await deliver(strapi, c.to, c.row.state, c.locale, {
    association: c.associationName,
    call: c.call?.title ?? '',
    receipt: c.row.receipt ?? '',
    reason: c.row.decisionReason ?? '',
    link: `${siteUrl()}/${c.locale}/account`,
  });
  if (!sent) await strapi.db.query(APPLICATION).update({ where: { id }, data: { decisionMailed: c.row.decisionMailed ?? null } });
  return sent;
}

/** Sends what should have gone and did not: receipts, staff notices, then decisions; and makes any missing partnership. */
export async function flushOutbox(strapi: Core.Strapi, makePartnership?: (id: number) => Promise<void>) {
  const receipts: any[] = await strapi.db
    .query(APPLICATION)
    .findMany({ where: { receipt: { $notNull: true }, receiptMailedAt: { $null: true } }, select: ['id'], limit: 50 });
  for (const { id } of receipts) await sendReceipt(strapi, id);
  if (staffAddresses().length) {
    const since = new Date(now().getTime() - STAFF_NOTICE_DAYS * 86400_000);
    const arrived: any[] = await strapi.db.query(APPLICATION).findMany({
      where: { state: 'submitted', receipt: { $notNull: true }, staffMailedAt: { $null: true }, submittedAt: { $gte: since } },
      select: ['id'],
      limit: 50,
    });
    for (const { id } of arrived) await sendStaffNotice(strapi, id);
  }
  const decisions: any[] = await strapi.db.query(APPLICATION).findMany({
    where: { state: { $in: ['accepted', 'rejected', 'needs-information'] } },
    select: ['id', 'state', 'decidedAt', 'decisionMailed'],
  });
  for (const row of decisions) {
    if (row.state === 'accepted' && makePartnership) await makePartnership(row.id);
    if (row.decisionMailed !== decisionStamp(row)) await sendDecision(strapi, row.id);
  }
}
