import { describe, expect, it } from 'vitest';
import type { PlaceFacts } from '$lib/places/facts';
import { gradeOf } from '$lib/places/grade';
import { SMOOTHNESS, PATHWAY_SURFACES } from '$lib/places/vocabulary';
import type { HeritagePage } from '$lib/view-models';
import { heritageA11yJson, heritageOsm, type ByLocale } from './heritage-geojson';

/**
 * The names and value types of the A11yJSON properties this export uses, copied from the
 * A11yJSON specification (github.com/sozialhelden/a11yjson, src/: PlaceProperties, Accessibility,
 * Entrance, Stairs, Door, Pathways, Surface, Restroom/Room, Parking, Signage, Staff, Quantity).
 * Every property path the export writes must be one of them, with a value of its type.
 */
const LENGTH = { value: 'number', unit: ['cm', 'm', 'mm'] };
const A11YJSON: Record<string, string | string[]> = {
  'name.*': 'string',
  category: 'string',
  'description.*': 'string',
  'infoPageUrl.*': 'string',
  'accessibility.wheelchairAccessibilityGrade': ['fully', 'partially', 'not'],
  'accessibility.entrances[].isMainEntrance': 'boolean',
  'accessibility.entrances[].isLevel': 'boolean',
  'accessibility.entrances[].hasFixedRamp': 'boolean',
  'accessibility.entrances[].hasRemovableRamp': 'boolean',
  'accessibility.entrances[].stairs.count': 'number',
  'accessibility.entrances[].stairs.hasHandRail': 'boolean',
  'accessibility.entrances[].stairs.stepHeight.value': LENGTH.value,
  'accessibility.entrances[].stairs.stepHeight.unit': LENGTH.unit,
  'accessibility.entrances[].door.width.value': LENGTH.value,
  'accessibility.entrances[].door.width.unit': LENGTH.unit,
  'accessibility.pathways.width.value': LENGTH.value,
  'accessibility.pathways.width.unit': LENGTH.unit,
  'accessibility.pathways.surface.types[]': [...PATHWAY_SURFACES],
  'accessibility.pathways.surface.smoothness': [...SMOOTHNESS],
  'accessibility.pathways.surface.longitudinalSlope.value': 'number',
  'accessibility.pathways.surface.longitudinalSlope.unit': ['%', 'deg'],
  'accessibility.restrooms[].isAccessibleWithWheelchair': 'boolean',
  'accessibility.parking.forWheelchairUsers.isAvailable': 'boolean',
  'accessibility.signageSystems[].hasBraille': 'boolean',
  'accessibility.signageSystems[].hasTactileMap': 'boolean',
  'accessibility.signageSystems[].highLegibility': 'boolean',
  'accessibility.hasInductionLoop': 'boolean',
  'accessibility.isWellLit': 'boolean',
  'accessibility.isQuiet': 'boolean',
  'accessibility.staff.hasFreeAssistantForVisitors': 'boolean',
  'accessibility.staff.spokenLanguages[]': 'string',
};
/** Foreign members: not A11yJSON, allowed beside it and named so. */
const FOREIGN = /^x-/;

/** Every (path, value) leaf of an object, arrays as [] and the members of LocalizedStrings as *. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v) => leaves(v, `${path}[]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => {
      const localizedString = ['name', 'description', 'infoPageUrl'].includes(path);
      return leaves(v, localizedString ? `${path}.*` : path ? `${path}.${k}` : k);
    });
  }
  return [[path, value]];
}

function a11yJsonProblems(properties: object): string[] {
  return leaves(properties).flatMap(([path, value]) => {
    if (FOREIGN.test(path)) return [];
    const type = A11YJSON[path];
    if (!type) return [`${path} is not an A11yJSON property used here`];
    if (Array.isArray(type)) return type.includes(value as string) ? [] : [`${path}: ${JSON.stringify(value)} is not one of its values`];
    return typeof value === type ? [] : [`${path}: ${JSON.stringify(value)} is not a ${type}`];
  });
}

const page = (slug: string, name: string, facts: PlaceFacts | null, patch: Partial<HeritagePage> = {}): HeritagePage => ({
  slug,
  name,
  kind: 'gate',
  point: { lat: 35.5729, lng: -5.364 },
  grade: gradeOf(facts),
  facts,
  worksStatus: 'done',
  worksStartOn: null,
  worksEndOn: null,
  isDemonstration: true,
  description: `${name}: description`,
  stepFreeWay: '',
  worksNote: '',
  surveyedBy: '',
  updatedAt: '2026-01-01T00:00:00.000Z',
  photos: [],
  ...patch,
});

const everything: PlaceFacts = {
  entranceIsLevel: false,
  entranceHasFixedRamp: true,
  entranceHasRemovableRamp: false,
  entranceStepCount: 3,
  entranceStepHeightCm: 15,
  entranceHasHandRail: true,
  entranceDoorWidthCm: 110,
  hasLevelSideEntrance: true,
  pathwaySurface: 'sett',
  pathwaySmoothness: 'intermediate',
  pathwaySlopePercent: 8,
  pathwayWidthCm: 180,
  hasAccessibleToilet: true,
  hasWheelchairParking: false,
  signageHasBraille: true,
  signageHasTactileMap: false,
  signageHasLargePrint: true,
  hasInductionLoop: false,
  isWellLit: true,
  isQuiet: true,
  staffCanHelp: true,
  staffSpokenLanguages: 'ary, fr, xms',
  wheelchairAccessibilityGrade: 'fully',
  surveyedAt: '2026-01-26',
};

const points: ByLocale[] = [
  {
    ar: page('full', 'باب', everything, { stepFreeWay: 'من الساحة' }),
    fr: page('full', 'Porte', everything, { stepFreeWay: 'Depuis la place' }),
  },
  { ar: page('bare', 'ساحة', null, { kind: 'square' }), fr: page('bare', 'Place', null, { kind: 'square' }) },
];

describe('the A11yJSON export', () => {
  const collection = heritageA11yJson(points, 'https://hub.example');

  it('is a GeoJSON FeatureCollection of points, longitude first', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features[0].geometry).toEqual({ type: 'Point', coordinates: [-5.364, 35.5729] });
  });

  it('uses only A11yJSON property names, with values of their types', () => {
    for (const feature of collection.features) expect(a11yJsonProblems(feature.properties ?? {})).toEqual([]);
    // Every fact of the component has found its A11yJSON place: the full point writes every name.
    const written = new Set(leaves(collection.features[0].properties).map(([p]) => p));
    expect(Object.keys(A11YJSON).filter((p) => !written.has(p))).toEqual([]);
  });

  it('writes nothing for what is not known', () => {
    const bare = collection.features[1].properties!;
    expect(bare).not.toHaveProperty('accessibility');
    expect(bare.name).toEqual({ ar: 'ساحة', fr: 'Place' });
  });

  it('is checked for real: a wrong name or value is reported (the check can fail)', () => {
    expect(
      a11yJsonProblems({ accessibility: { wheelchair: 'yes', entrances: [{ isLevel: 'yes' }], wheelchairAccessibilityGrade: 'limited' } }),
    ).toEqual([
      'accessibility.wheelchair is not an A11yJSON property used here',
      'accessibility.entrances[].isLevel: "yes" is not a boolean',
      'accessibility.wheelchairAccessibilityGrade: "limited" is not one of its values',
    ]);
  });
});

describe('the OpenStreetMap view', () => {
  const osm = heritageOsm(points);

  it('tags wheelchair access, the toilets and the way in, in words, per language', () => {
    const tags = osm.features[0].properties;
    expect(tags).toMatchObject({
      historic: 'city_gate',
      wheelchair: 'limited',
      'toilets:wheelchair': 'yes',
      'wheelchair:description:ar': 'من الساحة',
      'wheelchair:description:fr': 'Depuis la place',
      'name:ar': 'باب',
      'name:fr': 'Porte',
      incline: '8%',
    });
    for (const value of Object.values(tags)) expect(typeof value).toBe('string');
  });

  it('leaves out the wheelchair tag of a place whose grade is not known', () => {
    expect(osm.features[1].properties).not.toHaveProperty('wheelchair');
    expect(osm.features[1].properties).toMatchObject({ place: 'square' });
  });
});
