import type { Locale } from '$lib/i18n';
import { gradeOf } from '$lib/places/grade';
import type { HeritageCard, HeritagePage } from '$lib/view-models';
import { allPages, cmsGet } from './client';
import { mediaUrl } from './media';
import { heritagePoint, listOf, oneOf, type CmsHeritagePoint } from './schemas';

/** The Medina has a few dozen points: the list, the map and the exports read them all (up to this many). */
const LIMIT = 500;

function toCard(p: CmsHeritagePoint): HeritageCard {
  return {
    slug: p.slug,
    name: p.name,
    kind: p.kind,
    point: p.point,
    grade: gradeOf(p.accessibility),
    facts: p.accessibility,
    worksStatus: p.worksStatus,
    worksStartOn: p.worksStartOn,
    worksEndOn: p.worksEndOn,
    isDemonstration: p.isDemonstration,
  };
}

export function toHeritagePage(p: CmsHeritagePoint): HeritagePage {
  return {
    ...toCard(p),
    description: p.description,
    stepFreeWay: p.stepFreeWay,
    worksNote: p.worksNote,
    surveyedBy: p.surveyedBy,
    updatedAt: p.updatedAt,
    // A photo without its description in this language would say nothing to a blind visitor: left out.
    photos: (p.photos ?? []).flatMap((ph) => (ph.image && ph.alt.trim() ? [{ url: mediaUrl(ph.image.url), alt: ph.alt }] : [])),
  };
}

/** Every published heritage point in a locale, by name, with what the pages and exports need. */
export async function allHeritagePoints(locale: Locale, fetchFn?: typeof fetch): Promise<HeritagePage[]> {
  const points = await allPages(async (page) => {
    const res = await cmsGet(
      '/heritage-points',
      { locale, sort: ['name:asc', 'slug:asc'], pagination: { page, pageSize: 100 } },
      listOf(heritagePoint),
      fetchFn,
    );
    return { items: res.data, pageCount: res.meta.pagination.pageCount };
  }, LIMIT);
  return points.map(toHeritagePage);
}

export async function getHeritagePoint(slug: string, locale: Locale, fetchFn?: typeof fetch): Promise<HeritagePage> {
  const res = await cmsGet(`/heritage-points/by-slug/${encodeURIComponent(slug)}`, { locale }, oneOf(heritagePoint), fetchFn);
  return toHeritagePage(res.data);
}
