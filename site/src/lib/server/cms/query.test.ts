import { describe, expect, it } from 'vitest';
import { toQueryString } from './query';

describe('Strapi query strings', () => {
  it('nests objects and arrays in bracket syntax and skips empty values', () => {
    const qs = toQueryString({
      locale: 'ar',
      filters: { $and: [{ slug: { $eq: 'a b' } }, { isFree: { $eq: true } }] },
      sort: ['startsAt:asc'],
      skip: undefined,
    });
    expect(decodeURIComponent(qs)).toBe(
      'locale=ar&filters[$and][0][slug][$eq]=a+b&filters[$and][1][isFree][$eq]=true&sort[0]=startsAt:asc',
    );
  });
});
