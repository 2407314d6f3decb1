import type { Locale } from '$lib/i18n';
import type { CallSummary, CallView } from '$lib/calls/view-models';
import { cmsGet } from './client';
import { callList, oneCall, type callDetail, type callSummary } from './call-schemas';
import type { z } from 'zod';

/** Blank-line paragraphs of the CMS's plain text; the page renders each as text, never as HTML. */
export const paragraphs = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean);

const toSummary = (c: z.infer<typeof callSummary>): CallSummary => ({
  slug: c.slug,
  reference: c.reference,
  title: c.title,
  summary: c.summary,
  opensAt: c.opensAt,
  deadline: c.deadline,
  state: c.state,
  phase: c.phase,
});

export const toCallView = (c: z.infer<typeof callDetail>): CallView => ({
  ...toSummary(c),
  description: paragraphs(c.description),
  eligibility: lines(c.eligibility),
  criteria: [...c.criteria].sort((a, b) => b.weight - a.weight),
  documents: c.documents,
  help: paragraphs(c.help),
  budget: paragraphs(c.budget),
  period: c.startsOn && c.endsOn ? { startsOn: c.startsOn, endsOn: c.endsOn } : null,
});

/** Every published call in `locale`, soonest deadline first; the page groups them by phase. */
export async function listCalls(locale: Locale, fetchFn?: typeof fetch): Promise<CallSummary[]> {
  const res = await cmsGet('/calls', { locale, sort: 'deadline:asc', pagination: { pageSize: 100 } }, callList, fetchFn);
  return res.data.map(toSummary);
}

export async function getCall(slug: string, locale: Locale, fetchFn?: typeof fetch): Promise<CallView> {
  const res = await cmsGet(`/calls/by-slug/${encodeURIComponent(slug)}`, { locale }, oneCall, fetchFn);
  return toCallView(res.data);
}
