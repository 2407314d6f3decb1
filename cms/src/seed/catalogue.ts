import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALE_CODES } from '../locales';
import { isWebVtt } from '../formats/uploads';
import { cueTexts } from '../formats/webvtt';
import { ASSOCIATION_CATEGORIES, AUDIENCE_FLAGS, CATEGORIES } from '../vocabulary';
import rawCatalogue from './catalogue.json';
import city from './tetouan-demo.json';
import { Problems } from './checks';

/**
 * The demo content of catalogue.json and the neighbourhoods of tetouan-demo.json, checked before
 * the seed uses them: every text in every CMS locale, every enumerated value one the schemas have.
 */
export type Text = Readonly<Record<string, string>>;

export interface NeighbourhoodSeed {
  slug: string;
  name: Text;
  peripheral: boolean;
  centroid: [number, number];
}
export interface AssociationSeed {
  slug: string;
  name: Text;
  category: string;
  serves: string[];
  founded: number;
}
/** A kind of venue found in every peripheral neighbourhood; its name has a {neighbourhood}. */
export interface VenueKind {
  key: string;
  name: Text;
  sport: boolean;
  culture: boolean;
}
export interface CentralVenue {
  slug: string;
  neighbourhood: string;
  name: Text;
  offset: [number, number];
  sport: boolean;
  culture: boolean;
}
/** Flags of the event.audience component, and optionally ageMin and ageMax. */
export type AudienceSeed = Readonly<Record<string, boolean | number>>;
export interface EventTemplate {
  key: string;
  category: string;
  title: Text;
  summary: Text;
  description: Text;
  audience: AudienceSeed;
  hours: number[];
  durationMinutes: number;
  swimming?: boolean;
  /** A series: the seed repeats the activity from its first date, weekly or monthly. */
  repeats?: 'weekly' | 'monthly';
  /** The easy-read version: short sentences, one idea each, in every locale. */
  easyRead?: Readonly<Record<string, string[]>>;
}
/**
 * A sample signed video of src/seed/media: `<key>.mp4` and, for every locale, `<key>.<locale>.vtt`,
 * whose cues are also the transcript. Attached to every event made from its templates.
 */
export interface SignedVideoSeed {
  key: string;
  templates: string[];
  signedBy: string;
  sample: boolean;
}

/** Sentences the seed completes, and the {placeholders} each must have in every locale. */
const PHRASES = {
  peripheralVenueAddress: ['neighbourhood'],
  centralVenueAddress: ['neighbourhood'],
  eventTitle: ['title', 'neighbourhood'],
  associationDescription: ['name', 'founded', 'neighbourhoods'],
  neighbourhoodsJoiner: [],
  cancelledNote: [],
  postponedNote: [],
  stepFreeAccessNote: [],
  stepsAccessNote: [],
  signLanguageAccessNote: [],
} as const satisfies Record<string, readonly string[]>;
export type Phrase = keyof typeof PHRASES;

export interface Catalogue {
  associations: AssociationSeed[];
  venueKinds: VenueKind[];
  centralVenues: CentralVenue[];
  eventTemplates: EventTemplate[];
  signedVideos: SignedVideoSeed[];
  programme: { slug: string; name: Text; summary: Text };
  phrases: Record<Phrase, Text>;
}
export interface Demo {
  neighbourhoods: NeighbourhoodSeed[];
  catalogue: Catalogue;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Easy-read sentences are short: the CMS field's limit (media.easy-read-sentence). */
const EASY_READ_MAX = 160;

/**
 * The folder of the seed's sample media. The CMS runs compiled (dist/src/seed), and the media are
 * not compiled: they are read where they are kept, in src/seed/media.
 */
export function seedMediaDir(): string {
  const candidates = [path.join(__dirname, 'media'), path.resolve(__dirname, '../../../src/seed/media')];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0];
}
export const seedMediaFile = (name: string) => path.join(seedMediaDir(), name);

/** The captions of a sample video in one locale, and its transcript (the cues' text). */
export function sampleCaptions(key: string, locale: string): { file: string; vtt: string; transcript: string } {
  const file = seedMediaFile(`${key}.${locale}.vtt`);
  const vtt = readFileSync(file, 'utf8');
  return { file, vtt, transcript: cueTexts(vtt).join('\n') };
}
const AGES = ['ageMin', 'ageMax'];

export function checkDemo(catalogue: unknown, neighbourhoods: unknown, locales: readonly string[] = LOCALE_CODES): Demo {
  const p = new Problems();
  const text = (v: unknown, at: string, placeholders: readonly string[] = []) => p.text(v, at, locales, placeholders);
  const point = (v: unknown, at: string, limit: number) => {
    if (!Array.isArray(v) || v.length !== 2) p.add(at, 'expected [latitude, longitude]');
    else v.forEach((x, i) => p.number(x, `${at}[${i}]`, -limit, limit, false));
  };

  const slugs: string[] = [];
  p.nonEmptyList(neighbourhoods, 'tetouan-demo.json neighbourhoods', (n, at) => {
    if (!p.record(n, at, ['slug', 'name', 'peripheral', 'centroid'])) return;
    p.string(n.slug, `${at}.slug`, SLUG);
    slugs.push(String(n.slug));
    text(n.name, `${at}.name`);
    p.boolean(n.peripheral, `${at}.peripheral`);
    point(n.centroid, `${at}.centroid`, 180);
  });
  p.unique(slugs, 'tetouan-demo.json neighbourhoods');
  const neighbourhood = (v: unknown, at: string) => p.oneOf(v, at, slugs, 'a neighbourhood of tetouan-demo.json');

  if (
    p.record(
      catalogue,
      'catalogue',
      ['associations', 'venueKinds', 'centralVenues', 'eventTemplates', 'signedVideos', 'programme', 'phrases'],
      ['about'],
    )
  ) {
    const c = catalogue;
    p.nonEmptyList(c.associations, 'associations', (a, at) => {
      if (!p.record(a, at, ['slug', 'name', 'category', 'serves', 'founded'])) return;
      p.string(a.slug, `${at}.slug`, SLUG);
      text(a.name, `${at}.name`);
      p.oneOf(a.category, `${at}.category`, ASSOCIATION_CATEGORIES, 'a category of the association schema');
      p.nonEmptyList(a.serves, `${at}.serves`, neighbourhood);
      p.number(a.founded, `${at}.founded`, 1900, 2100);
    });
    p.nonEmptyList(c.venueKinds, 'venueKinds', (k, at) => {
      if (!p.record(k, at, ['key', 'name', 'sport', 'culture'])) return;
      p.string(k.key, `${at}.key`, SLUG);
      text(k.name, `${at}.name`, ['neighbourhood']);
      p.boolean(k.sport, `${at}.sport`);
      p.boolean(k.culture, `${at}.culture`);
    });
    p.nonEmptyList(c.centralVenues, 'centralVenues', (v, at) => {
      if (!p.record(v, at, ['slug', 'neighbourhood', 'name', 'offset', 'sport', 'culture'])) return;
      p.string(v.slug, `${at}.slug`, SLUG);
      neighbourhood(v.neighbourhood, `${at}.neighbourhood`);
      text(v.name, `${at}.name`);
      point(v.offset, `${at}.offset`, 0.01);
      p.boolean(v.sport, `${at}.sport`);
      p.boolean(v.culture, `${at}.culture`);
    });
    p.nonEmptyList(c.eventTemplates, 'eventTemplates', (t, at) => {
      if (
        !p.record(
          t,
          at,
          ['key', 'category', 'title', 'summary', 'description', 'audience', 'hours', 'durationMinutes'],
          ['swimming', 'repeats', 'easyRead'],
        )
      )
        return;
      p.string(t.key, `${at}.key`, SLUG);
      p.oneOf(t.category, `${at}.category`, CATEGORIES, 'a category of the event schema');
      for (const field of ['title', 'summary', 'description']) text(t[field], `${at}.${field}`);
      if (p.record(t.audience, `${at}.audience`, [], [...AUDIENCE_FLAGS, ...AGES])) {
        for (const [name, value] of Object.entries(t.audience)) {
          if (AGES.includes(name)) p.number(value, `${at}.audience.${name}`, 0, 120);
          else p.boolean(value, `${at}.audience.${name}`);
        }
      }
      p.nonEmptyList(t.hours, `${at}.hours`, (h, hat) => p.number(h, hat, 0, 23));
      p.number(t.durationMinutes, `${at}.durationMinutes`, 15, 24 * 60);
      if ('swimming' in t) p.boolean(t.swimming, `${at}.swimming`);
      if ('repeats' in t) p.oneOf(t.repeats, `${at}.repeats`, ['weekly', 'monthly'], 'weekly or monthly');
      if ('easyRead' in t && p.record(t.easyRead, `${at}.easyRead`, locales)) {
        for (const locale of locales) {
          p.nonEmptyList(t.easyRead[locale], `${at}.easyRead.${locale}`, (sentence, sat) => {
            p.string(sentence, sat);
            if (typeof sentence === 'string' && sentence.length > EASY_READ_MAX) p.add(sat, `is longer than ${EASY_READ_MAX} characters`);
          });
        }
      }
    });
    const templateKeys = Array.isArray(c.eventTemplates) ? c.eventTemplates.map((t) => String(t?.key)) : [];
    // Every sample video has its file, and captions that are WebVTT with text in every locale: the transcript is made of them.
    p.nonEmptyList(c.signedVideos, 'signedVideos', (v, at) => {
      if (!p.record(v, at, ['key', 'templates', 'signedBy', 'sample'])) return;
      p.string(v.key, `${at}.key`, SLUG);
      p.nonEmptyList(v.templates, `${at}.templates`, (t, tat) => p.oneOf(t, tat, templateKeys, 'a key of eventTemplates'));
      p.string(v.signedBy, `${at}.signedBy`);
      p.boolean(v.sample, `${at}.sample`);
      if (typeof v.key !== 'string') return;
      if (!existsSync(seedMediaFile(`${v.key}.mp4`))) p.add(`${at}.key`, `has no video ${v.key}.mp4 in src/seed/media`);
      for (const locale of locales) {
        const name = `${v.key}.${locale}.vtt`;
        if (!existsSync(seedMediaFile(name))) {
          p.add(`${at}.key`, `has no captions ${name} in src/seed/media`);
          continue;
        }
        const { vtt, transcript } = sampleCaptions(v.key, locale);
        if (!isWebVtt(vtt)) p.add(`${at}.key`, `${name} is not WebVTT`);
        else if (!transcript) p.add(`${at}.key`, `${name} has no cue with text for the transcript`);
      }
    });
    if (p.record(c.programme, 'programme', ['slug', 'name', 'summary'])) {
      p.string(c.programme.slug, 'programme.slug', SLUG);
      text(c.programme.name, 'programme.name');
      text(c.programme.summary, 'programme.summary');
    }
    if (p.record(c.phrases, 'phrases', Object.keys(PHRASES))) {
      for (const [name, placeholders] of Object.entries(PHRASES)) text(c.phrases[name], `phrases.${name}`, placeholders);
    }
    const keysOf = (list: unknown, key: string) => (Array.isArray(list) ? list.map((x) => x?.[key]) : []);
    p.unique(keysOf(c.associations, 'slug'), 'associations');
    p.unique(keysOf(c.eventTemplates, 'key'), 'eventTemplates');
    p.unique(keysOf(c.signedVideos, 'key'), 'signedVideos');
    p.unique([...keysOf(c.centralVenues, 'slug'), ...keysOf(c.venueKinds, 'key')], 'centralVenues and venueKinds');
  }
  p.throwIfAny('The demo data (src/seed/catalogue.json, tetouan-demo.json)');
  return { catalogue: catalogue as Catalogue, neighbourhoods: neighbourhoods as NeighbourhoodSeed[] };
}

let checked: Demo | undefined;
/** The demo data, checked the first time the seed asks for it: a CMS started with SEED_DEMO=false never reads it. */
export const demo = (): Demo => (checked ??= checkDemo(rawCatalogue, city.neighbourhoods));
