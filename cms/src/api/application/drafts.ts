import type { Core } from '@strapi/strapi';
import { now } from '../../clock';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../../locales';
import { ACCESS_FIELDS, AUDIENCE_FLAGS } from '../../vocabulary';
import { invalidFields, Refusal } from '../../utils/refusal';
import { plainText } from '../comment/submit';
import { phaseOf } from '../call-for-interest/phase';
import { neighbourhoodIds } from '../neighbourhood/by-slugs';
import { APPLICATION, CALL, isEditable, ownedRow, ownerOf, publishedCall, ROW_POPULATE, viewOf, whileEditable } from './owned';

/**
 * Starting and saving an application. A draft may be incomplete (it is saved at every step so a
 * lost connection loses nothing); what is saved is checked for form and length only, and what is
 * missing is named when submitting (submit.ts). Only the fields below are ever read from a request:
 * the owner comes from the account, the status from the workflow.
 */
const KINDS = ['roaming-programme', 'co-organisation', 'venue-hosting', 'in-kind-support'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The association's application to a call: the one it has (unless withdrawn), else a new draft. */
export async function start(strapi: Core.Strapi, user: { id: number }, raw: unknown) {
  const slug = (raw as any)?.call;
  if (typeof slug !== 'string' || !SLUG.test(slug) || slug.length > 200) throw new Refusal(404, 'not-found');
  const owner = await ownerOf(strapi, user);
  let call: any = null;
  for (const locale of LOCALE_CODES) {
    call ??= await strapi.documents(CALL).findFirst({ locale, status: 'published', filters: { slug: { $eq: slug } } } as any);
  }
  if (!call) throw new Refusal(404, 'not-found');
  const existing: any = await strapi.db.query(APPLICATION).findOne({
    where: { call: { documentId: call.documentId }, association: { documentId: owner.documentId }, state: { $ne: 'withdrawn' } },
    select: ['documentId'],
  });
  if (existing) return { documentId: existing.documentId as string };
  const phase = phaseOf(call, now());
  if (call.state !== 'scheduled') throw new Refusal(400, 'call-closed');
  if (phase === 'upcoming') throw new Refusal(400, 'not-open-yet');
  if (phase === 'closed') throw new Refusal(400, 'deadline-passed');
  // Linked to the call's draft row in the default language: a row that lives as long as the call,
  // where a published row is replaced each time the call is published again.
  const callRow = await strapi.db
    .query(CALL)
    .findOne({ where: { documentId: call.documentId, locale: DEFAULT_LOCALE, publishedAt: null }, select: ['id'] });
  if (!callRow) throw new Refusal(404, 'not-found');
  const created: any = await strapi.db.query(APPLICATION).create({
    data: { call: callRow.id, association: (owner as any).id, state: 'draft' },
  });
  // Two starts at once (a double tap, two tabs) each created one: the oldest stays, the other goes.
  const twins: any[] = await strapi.db.query(APPLICATION).findMany({
    where: { call: { documentId: call.documentId }, association: { documentId: owner.documentId }, state: { $ne: 'withdrawn' } },
    select: ['id', 'documentId'],
    orderBy: { id: 'asc' },
  });
  if (twins.length > 1 && twins[0].id !== created.id) {
    await strapi.db.query(APPLICATION).delete({ where: { id: created.id } });
    return { documentId: twins[0].documentId as string };
  }
  return { documentId: created.documentId as string };
}

type Problems = Record<string, string>;

function text(source: Record<string, unknown>, key: string, max: number, problems: Problems, data: Record<string, unknown>) {
  if (!(key in source)) return;
  const value = source[key];
  if (value === null || value === '') return void (data[key] = null);
  if (typeof value !== 'string') return void (problems[key] = 'invalid');
  const s = plainText(value);
  if ([...s].length > max) problems[key] = 'too-long';
  else data[key] = s || null;
}

function flags(value: unknown, names: readonly string[], key: string, problems: Problems): Record<string, boolean> | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !names.includes(v))) {
    problems[key] = 'invalid';
    return undefined;
  }
  return Object.fromEntries(names.map((n) => [n, value.includes(n)]));
}

/** Reads the changes of one or more steps; throws the problems of all fields at once. */
export async function readChanges(strapi: Core.Strapi, raw: unknown) {
  const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, any>;
  const problems: Problems = {};
  const data: Record<string, unknown> = {};
  const proposal = body.proposal && typeof body.proposal === 'object' ? body.proposal : {};
  text(proposal, 'contactName', 120, problems, data);
  text(proposal, 'contactRole', 120, problems, data);
  text(proposal, 'contactPhone', 20, problems, data);
  if (typeof data.contactPhone === 'string' && !/^\+?[0-9 ]{6,20}$/.test(data.contactPhone)) problems.contactPhone = 'invalid';
  text(proposal, 'title', 200, problems, data);
  text(proposal, 'summary', 600, problems, data);
  text(proposal, 'activities', 4000, problems, data);
  text(proposal, 'budget', 1000, problems, data);
  if ('kind' in proposal) {
    if (proposal.kind === null || proposal.kind === '') data.kind = null;
    else if (KINDS.includes(proposal.kind)) data.kind = proposal.kind;
    else problems.kind = 'invalid';
  }
  for (const key of ['startsOn', 'endsOn']) {
    if (!(key in proposal)) continue;
    const v = proposal[key];
    if (v === null || v === '') data[key] = null;
    else if (typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))) data[key] = v;
    else problems[key] = 'invalid';
  }
  if (typeof data.startsOn === 'string' && typeof data.endsOn === 'string' && data.endsOn < data.startsOn) problems.endsOn = 'invalid';

  const reach = body.reach && typeof body.reach === 'object' ? body.reach : {};
  if ('neighbourhoods' in reach) {
    // Linked to the default language's rows: an application has one version.
    const ids = await neighbourhoodIds(strapi, reach.neighbourhoods, DEFAULT_LOCALE);
    if (ids) data.neighbourhoods = ids;
    else problems.neighbourhoods = 'invalid';
  }
  const audience = flags(reach.audiences, AUDIENCE_FLAGS, 'audiences', problems);
  if (audience) data.audience = audience;
  if ('participants' in reach) {
    const n = reach.participants;
    if (n === null || n === '') data.participants = null;
    else if (Number.isInteger(Number(n)) && Number(n) >= 1 && Number(n) <= 100000) data.participants = Number(n);
    else problems.participants = 'invalid';
  }
  text(reach, 'outreach', 2000, problems, data);

  const access = body.accessibility && typeof body.accessibility === 'object' ? body.accessibility : {};
  const offers = flags(access.offers, ACCESS_FIELDS, 'offers', problems);
  if (offers) data.accessibilityOffers = offers;
  if ('plan' in access) {
    const plan: Record<string, unknown> = {};
    text(access, 'plan', 3000, problems, plan);
    if ('plan' in plan) data.accessibilityPlan = plan.plan;
  }
  if (Object.keys(problems).length) throw invalidFields(problems);
  return data;
}

export async function save(strapi: Core.Strapi, user: { id: number }, documentId: unknown, raw: unknown, locale: string) {
  const row = await ownedRow(strapi, user, documentId);
  const call = await publishedCall(strapi, row.call?.documentId, locale);
  if (!isEditable(row, call)) throw new Refusal(409, 'not-editable');
  const data = await readChanges(strapi, raw);
  // A component is written whole: the audience's age range, not asked here, is kept.
  if (data.audience) {
    const { id: _id, ...kept } = row.audience ?? {};
    data.audience = { ...kept, ...(data.audience as object) };
  }
  // Through the document service, which writes components; the workflow's rules (workflow.ts) see
  // no change of status and let an owner's save through.
  if (Object.keys(data).length) {
    await whileEditable(strapi, row.id, () => strapi.documents(APPLICATION).update({ documentId: row.documentId, data: data as any }));
  }
  const fresh = await strapi.db.query(APPLICATION).findOne({ where: { id: row.id }, populate: ROW_POPULATE as any });
  return viewOf(fresh, call);
}
