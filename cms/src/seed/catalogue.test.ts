import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../locales';
import catalogue from './catalogue.json';
import { checkDemo, demo, sampleCaptions } from './catalogue';
import city from './tetouan-demo.json';

const copy = () => JSON.parse(JSON.stringify(catalogue));
const problemsOf = (data: unknown, locales = LOCALE_CODES) => {
  try {
    checkDemo(data, city.neighbourhoods, locales);
    return [];
  } catch (error) {
    return (error as Error).message.split('\n- ').slice(1);
  }
};

describe('the demo catalogue', () => {
  it('is complete in every CMS locale and uses only values the schemas have', () => {
    expect(problemsOf(catalogue)).toEqual([]);
    expect(demo().catalogue.eventTemplates.length).toBeGreaterThan(20);
  });

  it('names every problem of a damaged copy, with where it is', () => {
    const bad = copy();
    bad.eventTemplates[0].category = 'opera';
    bad.associations[0].category = 'choir';
    bad.associations[1].serves = ['atlantis'];
    delete bad.eventTemplates[1].title.fr;
    bad.eventTemplates[2].audience.pets = true;
    bad.eventTemplates[3].hours = [];
    bad.phrases.eventTitle.fr = '{title}';
    bad.venueKinds[0].sport = 'yes';
    bad.associations.push({ ...bad.associations[2] });
    expect(problemsOf(bad).sort()).toEqual([
      'associations: "annour-handicap" appears twice',
      'associations[0].category: "choir" is not a category of the association schema',
      'associations[1].serves[0]: "atlantis" is not a neighbourhood of tetouan-demo.json',
      'eventTemplates[0].category: "opera" is not a category of the event schema',
      'eventTemplates[1].title: lacks fr',
      'eventTemplates[2].audience: has an unknown field pets',
      'eventTemplates[3].hours: expected a non-empty list',
      'phrases.eventTitle.fr: has the placeholders {title}, expected {neighbourhood}, {title}',
      'venueKinds[0].sport: expected true or false',
    ]);
  });

  it('has sample signed videos whose captions exist in every locale and make a transcript', () => {
    const { signedVideos } = demo().catalogue;
    expect(signedVideos.length).toBeGreaterThanOrEqual(3);
    for (const v of signedVideos) {
      for (const locale of LOCALE_CODES) expect(sampleCaptions(v.key, locale).transcript.length).toBeGreaterThan(20);
    }
  });

  it('refuses a signed video without its captions in a locale, or with easy-read sentences that are not short', () => {
    const bad = copy();
    bad.signedVideos.push({ key: 'no-such-clip', templates: ['story-hour'], signedBy: 'X', sample: true });
    bad.eventTemplates[0].easyRead = { ar: ['جملة.'], fr: ['Une phrase. '.repeat(20)] };
    const problems = problemsOf(bad);
    expect(problems).toContain(`signedVideos[3].key: has no video no-such-clip.mp4 in src/seed/media`);
    for (const locale of LOCALE_CODES)
      expect(problems).toContain(`signedVideos[3].key: has no captions no-such-clip.${locale}.vtt in src/seed/media`);
    expect(problems).toContain('eventTemplates[0].easyRead.fr[0]: is longer than 160 characters');
    expect(problemsOf(bad, [...LOCALE_CODES, 'qaa'])).toContain('eventTemplates[0].easyRead: lacks qaa');
  });

  it('refuses a locale it has no text for, so a locale added to the CMS is added to the demo too', () => {
    // qaa is reserved for local use by ISO 639: no real locale of the hub will ever have it.
    const problems = problemsOf(catalogue, [...LOCALE_CODES, 'qaa']);
    expect(problems).toContain('programme.name: lacks qaa');
    expect(problems.some((p) => p.startsWith('tetouan-demo.json neighbourhoods[0].name: lacks qaa'))).toBe(true);
  });
});
