import { createHash } from 'node:crypto';
import type { Locale } from '$lib/i18n';
import { siteEnv } from '../env';
import { paginate, toBrf, toUnicodeBraille } from './brf';
import { translateLines } from './louis';

import { BrailleUnavailable } from './louis';

export { BrailleUnavailable };

/** A page's main text, in print, as `brailleOf` takes it. */
export interface PrintDocument {
  locale: Locale;
  title: string;
  paragraphs: string[];
}

export interface Braille {
  /** The .brf file: braille ASCII, 40 cells, 25 lines a page, CR LF, a form feed after each page. */
  brf: string;
  /** The same pages in Unicode braille, for the preview on the page. */
  unicode: string[];
  pages: number;
}

/**
 * Translations are cached by their content (locale and text), not by address: an event edited in
 * the CMS gets a new translation at once, and an unchanged one costs no process. Bounded, oldest
 * out first: a few hundred documents of a few kilobytes.
 */
const CACHE_SIZE = 300;
const cache = new Map<string, Promise<Braille>>();

const keyOf = (doc: PrintDocument) =>
  createHash('sha256')
    .update(JSON.stringify([doc.locale, doc.title, doc.paragraphs]))
    .digest('base64url');

/** Page numbers in each locale's braille, translated once and kept: numbers never change. */
const numbers = new Map<Locale, string[]>();
async function pageNumbers(locale: Locale, count: number, command: string): Promise<string[]> {
  const known = numbers.get(locale) ?? [];
  if (known.length >= count) return known;
  // Ten pages more than asked, so a longer document rarely needs another process.
  const wanted = Array.from({ length: count + 10 }, (_, i) => String(i + 1));
  const made = await translateLines(wanted, locale, command);
  numbers.set(locale, made);
  return made;
}

/**
 * Print text as liblouis should get it: bidirectional marks out (the page isolates numbers and
 * phone numbers in Arabic text; braille has one direction and liblouis would spell the marks
 * out as escapes), and one paragraph a line.
 */
export const forBraille = (text: string) =>
  text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

async function translate(doc: PrintDocument, command: string): Promise<Braille> {
  const paragraphs = doc.paragraphs.map(forBraille).filter(Boolean);
  const [title, ...rest] = await translateLines([forBraille(doc.title), ...paragraphs], doc.locale, command);
  const pages = paginate({ title, paragraphs: rest });
  const brf = toBrf(pages, await pageNumbers(doc.locale, pages.length, command));
  return {
    brf,
    unicode: brf
      .split('\f')
      .filter(Boolean)
      .map((page) => toUnicodeBraille(page.replace(/\r\n$/, '').replace(/\r\n/g, '\n'))),
    pages: pages.length,
  };
}

/** The braille of a document, translated by liblouis on the server; throws BrailleUnavailable without it. */
export function brailleOf(doc: PrintDocument, command = siteEnv().LOU_TRANSLATE): Promise<Braille> {
  const key = keyOf(doc);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const made = translate(doc, command);
  cache.set(key, made);
  // A failure is not kept: once liblouis is installed the next request succeeds.
  made.catch(() => cache.delete(key));
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return made;
}

/** The answer for a .brf address: the file, named after the page, downloaded rather than shown. */
export function brfResponse(braille: Braille, name: string): Response {
  return new Response(braille.brf, {
    headers: {
      // BRF has no registered media type; what embosser software accepts is plain text in ASCII.
      'content-type': 'text/plain; charset=us-ascii',
      'content-disposition': `attachment; filename="${name}.brf"`,
      'cache-control': 'public, max-age=300',
    },
  });
}

/**
 * What a page shows of its braille: the Unicode pages and the file's size. Null when liblouis is
 * missing: the page still answers, and says the braille version is unavailable for now.
 */
export async function braillePreview(doc: PrintDocument): Promise<{ pages: number; unicode: string[] } | null> {
  try {
    const { pages, unicode } = await brailleOf(doc);
    return { pages, unicode };
  } catch (e) {
    if (!(e instanceof BrailleUnavailable)) throw e;
    console.error(`[braille] ${e.message}`);
    return null;
  }
}
