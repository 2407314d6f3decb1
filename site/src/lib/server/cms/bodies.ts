import type { Locale } from '$lib/i18n';
import type { BodyCard, BodyPage, SessionView } from '$lib/plans/view-models';
import { cmsGet } from './client';
import { mediaUrl } from './media';
import { listPlans } from './plans';
import { bodyDetail, bodySummary, listOf, oneOf, session, type CmsSession } from './schemas';

export async function listBodies(locale: Locale, fetchFn?: typeof fetch): Promise<BodyCard[]> {
  const [res, plans] = await Promise.all([
    cmsGet('/consultative-bodies', { locale, sort: 'name:asc', pagination: { pageSize: 100 } }, listOf(bodySummary), fetchFn),
    listPlans(locale, undefined, fetchFn),
  ]);
  return res.data.map((b) => ({
    slug: b.slug,
    name: b.name,
    theme: b.theme,
    purpose: b.purpose,
    plans: plans.filter((p) => p.body?.slug === b.slug),
  }));
}

const sessionView = (s: CmsSession): SessionView => ({
  slug: s.slug,
  title: s.title,
  startsAt: s.startsAt,
  endsAt: s.endsAt,
  place: s.place,
  capacityBuilding: s.capacityBuilding,
  agenda: s.agenda,
  minutes: s.minutes,
  minutesUrl: s.minutesDocument ? mediaUrl(s.minutesDocument.url) : null,
  updatedAt: s.updatedAt,
});

/** A body's sessions, newest first. */
export async function listSessions(bodySlug: string, locale: Locale, fetchFn?: typeof fetch): Promise<SessionView[]> {
  const res = await cmsGet(
    '/body-sessions',
    { locale, filters: { body: { slug: { $eq: bodySlug } } }, sort: 'startsAt:desc', pagination: { pageSize: 100 } },
    listOf(session),
    fetchFn,
  );
  return res.data.map(sessionView);
}

export async function getBody(slug: string, locale: Locale, fetchFn?: typeof fetch): Promise<BodyPage> {
  const [{ data: b }, sessions, plans] = await Promise.all([
    cmsGet(`/consultative-bodies/by-slug/${encodeURIComponent(slug)}`, { locale }, oneOf(bodyDetail), fetchFn),
    listSessions(slug, locale, fetchFn),
    listPlans(locale, slug, fetchFn),
  ]);
  return {
    slug: b.slug,
    name: b.name,
    theme: b.theme,
    purpose: b.purpose,
    createdOn: b.createdOn,
    members: b.members.map((x) => ({ name: x.name, role: x.role, represents: x.represents, since: x.since })),
    sessions,
    plans,
  };
}
