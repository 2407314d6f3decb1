import type { AssociationFilters } from '$lib/associations/filters';
import type { Locale } from '$lib/i18n';
import type { AssociationCard, AssociationPage, Paged } from '$lib/view-models';
import { cmsGet } from './client';
import { mediaUrl } from './media';
import type { QueryValue } from './query';
import { association, associationDetail, listOf, oneOf, type CmsAssociation } from './schemas';

export const ASSOCIATION_PAGE_SIZE = 24;

function toCard(a: CmsAssociation): AssociationCard {
  return {
    slug: a.slug,
    name: a.name,
    category: a.category,
    description: a.description,
    verified: a.verified,
    neighbourhoods: a.neighbourhoodsServed.map((n) => ({ slug: n.slug, name: n.name })),
    logo: a.logo ? { url: mediaUrl(a.logo.url), alt: a.logoAlt || a.logo.alternativeText || '' } : null,
  };
}

export async function listAssociations(f: AssociationFilters, locale: Locale, fetchFn?: typeof fetch): Promise<Paged<AssociationCard>> {
  const and: QueryValue[] = [];
  if (f.category) and.push({ category: { $eq: f.category } });
  if (f.neighbourhood) and.push({ neighbourhoodsServed: { slug: { $eq: f.neighbourhood } } });
  const res = await cmsGet(
    '/associations',
    {
      locale,
      ...(and.length ? { filters: { $and: and } } : {}),
      ...(f.q ? { search: f.q } : {}),
      sort: 'name:asc',
      pagination: { page: f.page, pageSize: ASSOCIATION_PAGE_SIZE },
    },
    listOf(association),
    fetchFn,
  );
  return { items: res.data.map(toCard), ...res.meta.pagination };
}

export async function getAssociation(slug: string, locale: Locale, fetchFn?: typeof fetch): Promise<AssociationPage> {
  const { data: a } = await cmsGet(`/associations/by-slug/${encodeURIComponent(slug)}`, { locale }, oneOf(associationDetail), fetchFn);
  return {
    ...toCard(a),
    email: a.contactEmail,
    phone: a.contactPhone,
    website: a.website,
    foundedYear: a.foundedYear,
    partnerships: a.partnerships.map((p) => ({ title: p.title, kind: p.kind, startsOn: p.startsOn, endsOn: p.endsOn, call: p.call })),
  };
}
