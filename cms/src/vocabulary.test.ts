import { describe, expect, it } from 'vitest';
import categoryDomains from './api/event/category-domains.json';
import { ACCESS_FIELDS, AUDIENCE_FLAGS, CATEGORIES, DOMAINS, booleansOf, domainOf, enumOf, groupingProblems } from './vocabulary';

describe('the vocabulary read from the schemas', () => {
  it('groups every category of the event schema in exactly one of its domains', () => {
    expect(groupingProblems(categoryDomains, DOMAINS, CATEGORIES)).toEqual([]);
    for (const category of CATEGORIES) expect(categoryDomains[domainOf(category) as keyof typeof categoryDomains]).toContain(category);
  });

  it('notices a category without a domain, in two domains, unknown to the schema, and a domain that is not one', () => {
    const grouping = { culture: ['music', 'football'], sport: ['football', 'opera'], leisure: [] };
    expect(groupingProblems(grouping, ['culture', 'sport'], ['music', 'football', 'chess']).sort()).toEqual([
      'leisure is not a domain of the event schema',
      'opera is not a category of the event schema',
      'the category chess is in 0 domains',
      'the category football is in 2 domains',
    ]);
    expect(() => domainOf('opera')).toThrow(/opera/);
  });

  it('takes the boolean fields of a component as its flags, leaving other fields out', () => {
    expect(booleansOf({ ageMin: { type: 'integer' }, youth: { type: 'boolean' }, note: { type: 'string' } })).toEqual(['youth']);
    expect(AUDIENCE_FLAGS).not.toContain('ageMin');
    expect(ACCESS_FIELDS.length).toBeGreaterThan(0);
  });

  it('refuses to read an enumeration from an attribute that is not one', () => {
    expect(() => enumOf({ title: { type: 'string' } }, 'title')).toThrow(/not an enumeration/);
    expect(() => enumOf({}, 'missing')).toThrow(/not an enumeration/);
  });
});
