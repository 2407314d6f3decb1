import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { associationCategoryLabel } from '$lib/associations/labels';
import { ASSOCIATION_CATEGORIES } from '$lib/associations/vocabulary';
import { accessLabel, audienceLabel, categoryLabel } from '$lib/events/labels';
import { kindLabel } from '$lib/calls/kinds';
import { PARTNERSHIP_KINDS } from '$lib/forms/application';
import { ACCESS_OFFERS, AUDIENCES, CATEGORIES, CATEGORIES_BY_DOMAIN, DOMAINS, isDomain } from '$lib/events/vocabulary';
import { actionStatusLabel, dimensionLabel, planStatusLabel, themeLabel } from '$lib/plans/labels';
import { ACTION_STATUSES, BODY_THEMES, COMMENT_TARGETS, DIMENSIONS, FIGURE_KEYS, PLAN_STATUSES } from '$lib/plans/vocabulary';
import { featureLabel, gradeLabel, heritageKindLabel, needLabel, smoothnessLabel, surfaceLabel, worksLabel } from '$lib/places/labels';
import { NEEDS } from '$lib/places/needs';
import { FEATURES, GRADE_FILTERS, GRADES, HERITAGE_KINDS, PATHWAY_SURFACES, SMOOTHNESS, WORKS_STATUSES } from '$lib/places/vocabulary';
import { booleansOf, component, contentType, differences, enumOf, readCms } from './cms-source';

/**
 * The site's copies of the CMS vocabulary (event domains and categories, audiences, access
 * offers, association categories) hold exactly the CMS's values, and each value has its label
 * in every locale's messages, while no label outlives its value.
 */
const event = contentType('event');

describe('the vocabulary is the CMS’s', () => {
  it('has the domains and categories of the event schema, grouped as in category-domains.json', () => {
    const grouping: Record<string, string[]> = readCms('api/event/category-domains.json');
    expect([
      ...differences('domains', DOMAINS, enumOf(event, 'domain')),
      ...differences('categories', CATEGORIES, enumOf(event, 'category')),
      ...differences('domains grouped', DOMAINS, Object.keys(grouping)),
      ...DOMAINS.flatMap((d) => differences(`categories of ${d}`, CATEGORIES_BY_DOMAIN[d], grouping[d] ?? [])),
    ]).toEqual([]);
  });

  it.each([
    ['audiences', AUDIENCES, 'event.audience'],
    ['access offers', ACCESS_OFFERS, 'access.event-accessibility'],
  ] as const)('maps each of its %s to one yes/no field of %s, and each such field to one slug', (what, mapping, uid) => {
    const fields = Object.values(mapping);
    expect(new Set(fields).size).toBe(fields.length);
    for (const slug of Object.keys(mapping)) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(differences(what, fields, booleansOf(component(uid)))).toEqual([]);
  });

  it('has the categories of the association schema', () => {
    expect(differences('association categories', ASSOCIATION_CATEGORIES, enumOf(contentType('association'), 'category'))).toEqual([]);
  });

  it.each([
    ['body themes', BODY_THEMES, 'consultative-body', 'theme'],
    ['plan statuses', PLAN_STATUSES, 'thematic-plan', 'planStatus'],
    ['action statuses', ACTION_STATUSES, 'plan-action', 'actionStatus'],
    ['figures', FIGURE_KEYS, 'indicator', 'computedFrom'],
    ['comment targets', COMMENT_TARGETS, 'comment', 'targetType'],
  ] as const)('has the %s of the %s schema', (what, values, type, field) => {
    expect(differences(what, values, enumOf(contentType(type), field))).toEqual([]);
  });

  it('has the breakdowns of a measurement and the statuses of an earlier version', () => {
    expect(differences('dimensions', DIMENSIONS, enumOf(component('indicator.measurement'), 'dimension'))).toEqual([]);
    expect(differences('version statuses', PLAN_STATUSES, enumOf(component('plan.version'), 'planStatus'))).toEqual([]);
  });

  it("has the kinds and works statuses of heritage points, and the enumerations of a place's facts", () => {
    const heritage = contentType('heritage-point');
    const place = component('access.place-accessibility');
    expect([
      ...differences('heritage kinds', HERITAGE_KINDS, enumOf(heritage, 'kind')),
      ...differences('works statuses', WORKS_STATUSES, enumOf(heritage, 'worksStatus')),
      ...differences('surfaces', PATHWAY_SURFACES, enumOf(place, 'pathwaySurface')),
      ...differences('smoothness', SMOOTHNESS, enumOf(place, 'pathwaySmoothness')),
      ...differences('grades', GRADES, enumOf(place, 'wheelchairAccessibilityGrade')),
    ]).toEqual([]);
  });

  it('reports a value either side lacks (the check can fail)', () => {
    expect(differences('categories', ['music', 'opera'], ['music', 'chess'])).toEqual([
      'categories: the CMS has chess, the site does not',
      'categories: the site has opera, the CMS does not',
    ]);
  });
});

type Catalogue = Record<string, string>;
type LabelTable = Record<string, (inputs?: object, options?: { locale: string }) => string>;

const messagesDir = new URL('../../../../messages/', import.meta.url);
const catalogues: Record<string, Catalogue> = Object.fromEntries(
  readdirSync(messagesDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(new URL(f, messagesDir), 'utf8'))]),
);

/** The message of a word: its prefix, then its slug with _ for -. */
const messageKey = (prefix: string, slug: string) => `${prefix}_${slug.replaceAll('-', '_')}`;

/**
 * What is wrong with one label table: a word without an entry or an entry without a word, an
 * entry that is not its word's message in some locale, and a message of the prefixes that no
 * word has any more.
 */
function labelProblems(
  table: LabelTable,
  words: readonly string[],
  prefixOf: (word: string) => string,
  byLocale: Record<string, Catalogue>,
): string[] {
  const problems = differences('labels', Object.keys(table), words);
  const expected = new Set(words.map((w) => messageKey(prefixOf(w), w)));
  const prefixes = new Set(words.map((w) => `${prefixOf(w)}_`));
  for (const [locale, messages] of Object.entries(byLocale)) {
    for (const word of words) {
      const key = messageKey(prefixOf(word), word);
      if (!messages[key]?.trim()) problems.push(`${locale}: no message ${key} for ${word}`);
      else if (table[word] && table[word]({}, { locale }) !== messages[key]) problems.push(`${locale}: the label of ${word} is not ${key}`);
    }
    for (const key of Object.keys(messages)) {
      if ([...prefixes].some((p) => key.startsWith(p)) && !expected.has(key)) problems.push(`${locale}: ${key} labels no word`);
    }
  }
  return problems;
}

describe('every word has its label in every locale, and every label a word', () => {
  it('reads a messages file for each locale', () => {
    expect(Object.keys(catalogues).length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['event categories and domains', categoryLabel, [...DOMAINS, ...CATEGORIES], (w: string) => (isDomain(w) ? 'domain' : 'category')],
    ['audiences', audienceLabel, Object.keys(AUDIENCES), () => 'audience'],
    ['access offers', accessLabel, Object.keys(ACCESS_OFFERS), () => 'access'],
    ['association categories', associationCategoryLabel, ASSOCIATION_CATEGORIES, () => 'association_category'],
    ['partnership kinds', kindLabel, PARTNERSHIP_KINDS, () => 'kind'],
    ['body themes', themeLabel, BODY_THEMES, () => 'body_theme'],
    ['plan statuses', planStatusLabel, PLAN_STATUSES, () => 'plan_status'],
    ['action statuses', actionStatusLabel, ACTION_STATUSES, () => 'action_status'],
    ['breakdowns', dimensionLabel, DIMENSIONS, () => 'dimension'],
    ['heritage kinds', heritageKindLabel, HERITAGE_KINDS, () => 'heritage_kind'],
    ['works statuses', worksLabel, WORKS_STATUSES, () => 'works'],
    ['grades', gradeLabel, GRADE_FILTERS, () => 'grade'],
    ['features', featureLabel, FEATURES, () => 'feature'],
    ['needs', needLabel, NEEDS, () => 'need'],
    ['surfaces', surfaceLabel, PATHWAY_SURFACES, () => 'surface'],
    ['smoothness', smoothnessLabel, SMOOTHNESS, () => 'smoothness'],
  ] as const)('%s', (_, table, words, prefixOf) => {
    expect(labelProblems(table as LabelTable, words, prefixOf, catalogues)).toEqual([]);
  });

  it('notices a word without a label, a missing or wrong message and a stale one (the check can fail)', () => {
    const table: LabelTable = { music: (_, o) => (o?.locale === 'fr' ? 'Musique' : 'موسيقى'), cinema: () => 'Théâtre' };
    const messages = {
      fr: { category_music: 'Musique', category_cinema: 'Cinéma', category_opera: 'Opéra', category_filter: 'Filtrer' },
      ar: { category_music: 'موسيقى', category_cinema: 'سينما' },
    };
    expect(labelProblems(table, ['music', 'cinema', 'chess'], () => 'category', messages)).toEqual([
      'labels: the CMS has chess, the site does not',
      'fr: the label of cinema is not category_cinema',
      'fr: no message category_chess for chess',
      'fr: category_opera labels no word',
      'fr: category_filter labels no word',
      'ar: the label of cinema is not category_cinema',
      'ar: no message category_chess for chess',
    ]);
  });
});
