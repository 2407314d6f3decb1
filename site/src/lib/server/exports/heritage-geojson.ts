import type { Locale } from '$lib/i18n';
import { stepFreeEntry, languagesOf, type PlaceFacts } from '$lib/places/facts';
import type { Grade, HeritageKind } from '$lib/places/vocabulary';
import type { HeritagePage } from '$lib/view-models';

/**
 * The heritage points as GeoJSON, to share the data back: one view whose properties follow
 * A11yJSON (sozialhelden's PlaceInfo: name, category, accessibility with entrances, pathways,
 * restrooms, signageSystems, staff…), and one whose properties are OpenStreetMap tags. Only what
 * is known is written: a fact left out is not known, in A11yJSON as in OpenStreetMap.
 */
export type ByLocale = Partial<Record<Locale, HeritagePage>>;
type Json = Record<string, unknown>;

const LICENCE_NOTE = 'Demonstration data: invented facts, never surveyed on site.';

/** Drops undefined members and objects left empty, so that "not known" is an absent key. */
function compact(value: Json): Json | undefined {
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'object' && !Array.isArray(v)) {
      const inner = compact(v as Json);
      if (inner) out[k] = inner;
    } else out[k] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

const length = (cm: number | null | undefined) => (cm == null ? undefined : { value: cm, unit: 'cm' });
const localized = (texts: Partial<Record<Locale, string>>) => {
  const present = Object.fromEntries(Object.entries(texts).filter(([, t]) => t && t.trim()));
  return Object.keys(present).length ? present : undefined;
};

/** A11yJSON's `accessibility` object of a place. */
export function a11yJsonAccessibility(f: PlaceFacts | null, grade: Grade | null): Json | undefined {
  if (!f) return grade ? { wheelchairAccessibilityGrade: grade } : undefined;
  const stairs =
    f.entranceStepCount != null || f.entranceHasHandRail != null
      ? { count: f.entranceStepCount ?? undefined, stepHeight: length(f.entranceStepHeightCm), hasHandRail: f.entranceHasHandRail }
      : undefined;
  const main = compact({
    isMainEntrance: true,
    isLevel: f.entranceIsLevel,
    hasFixedRamp: f.entranceHasFixedRamp,
    hasRemovableRamp: f.entranceHasRemovableRamp,
    stairs,
    door: f.entranceDoorWidthCm != null ? { width: length(f.entranceDoorWidthCm) } : undefined,
  });
  const entrances = [
    ...(main && Object.keys(main).length > 1 ? [main] : []),
    ...(f.hasLevelSideEntrance ? [{ isMainEntrance: false, isLevel: true }] : []),
  ];
  const signage = compact({
    hasBraille: f.signageHasBraille,
    hasTactileMap: f.signageHasTactileMap,
    highLegibility: f.signageHasLargePrint,
  });
  return compact({
    wheelchairAccessibilityGrade: grade ?? undefined,
    entrances: entrances.length ? entrances : undefined,
    pathways: {
      width: length(f.pathwayWidthCm),
      surface: {
        types: f.pathwaySurface ? [f.pathwaySurface] : undefined,
        smoothness: f.pathwaySmoothness ?? undefined,
        longitudinalSlope: f.pathwaySlopePercent == null ? undefined : { value: f.pathwaySlopePercent, unit: '%' },
      },
    },
    restrooms: f.hasAccessibleToilet == null ? undefined : [{ isAccessibleWithWheelchair: f.hasAccessibleToilet }],
    parking: f.hasWheelchairParking == null ? undefined : { forWheelchairUsers: { isAvailable: f.hasWheelchairParking } },
    signageSystems: signage ? [signage] : undefined,
    hasInductionLoop: f.hasInductionLoop,
    isWellLit: f.isWellLit,
    isQuiet: f.isQuiet,
    staff: { hasFreeAssistantForVisitors: f.staffCanHelp, spokenLanguages: languagesOf(f) ?? undefined },
  });
}

const geometry = (p: HeritagePage) => ({ type: 'Point', coordinates: [p.point.lng, p.point.lat] });
const first = (byLocale: ByLocale) => Object.values(byLocale).find(Boolean) as HeritagePage;

export function heritageA11yJson(points: ByLocale[], siteOrigin: string) {
  return {
    type: 'FeatureCollection',
    features: points.map((byLocale) => {
      const p = first(byLocale);
      const texts = (pick: (x: HeritagePage) => string) =>
        localized(Object.fromEntries(Object.entries(byLocale).map(([l, x]) => [l, pick(x as HeritagePage)])));
      return {
        type: 'Feature',
        geometry: geometry(p),
        properties: compact({
          name: texts((x) => x.name),
          category: p.kind,
          description: texts((x) => x.description),
          infoPageUrl: localized(Object.fromEntries(Object.keys(byLocale).map((l) => [l, `${siteOrigin}/${l}/heritage/${p.slug}`]))),
          accessibility: a11yJsonAccessibility(p.facts, p.grade),
          // Not an A11yJSON property: a foreign member that tells reusers the data is invented.
          ...(p.isDemonstration ? { 'x-hub-demonstration': LICENCE_NOTE } : {}),
        }),
      };
    }),
  };
}

const OSM_FEATURE: Record<HeritageKind, [string, string]> = {
  gate: ['historic', 'city_gate'],
  square: ['place', 'square'],
  monument: ['historic', 'monument'],
  museum: ['tourism', 'museum'],
  quarter: ['place', 'quarter'],
};
const OSM_WHEELCHAIR: Record<Grade, string> = { fully: 'yes', partially: 'limited', not: 'no' };
const yesNo = (v: boolean | null | undefined) => (v == null ? undefined : v ? 'yes' : 'no');

/** The OpenStreetMap tags of one point, every value a string as OSM has them. */
export function osmTags(byLocale: ByLocale): Record<string, string> {
  const p = first(byLocale);
  const f = p.facts ?? {};
  const [key, value] = OSM_FEATURE[p.kind];
  const tags: Record<string, string | undefined> = {
    [key]: value,
    wheelchair: p.grade ? OSM_WHEELCHAIR[p.grade] : undefined,
    'toilets:wheelchair': yesNo(f.hasAccessibleToilet),
    ramp: yesNo(f.entranceHasFixedRamp),
    step_count: f.entranceStepCount == null ? undefined : String(f.entranceStepCount),
    handrail: yesNo(f.entranceHasHandRail),
    surface: f.pathwaySurface ?? undefined,
    smoothness: f.pathwaySmoothness ?? undefined,
    incline: f.pathwaySlopePercent == null ? undefined : `${f.pathwaySlopePercent}%`,
    hearing_loop: yesNo(f.hasInductionLoop),
    tactile_map: yesNo(f.signageHasTactileMap),
    'check_date:wheelchair': f.surveyedAt ?? undefined,
    note: p.isDemonstration ? LICENCE_NOTE : undefined,
  };
  for (const [locale, page] of Object.entries(byLocale)) {
    if (!page) continue;
    tags[`name:${locale}`] = page.name;
    // OSM's wheelchair:description is the way in, in words: the step-free way where one is described.
    if (page.stepFreeWay.trim()) tags[`wheelchair:description:${locale}`] = page.stepFreeWay.trim();
  }
  if (stepFreeEntry(f) === false && !tags.ramp) tags.ramp = 'no';
  return Object.fromEntries(Object.entries(tags).filter((e): e is [string, string] => e[1] !== undefined));
}

export function heritageOsm(points: ByLocale[]) {
  return {
    type: 'FeatureCollection',
    features: points.map((byLocale) => ({ type: 'Feature', geometry: geometry(first(byLocale)), properties: osmTags(byLocale) })),
  };
}
