import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brfPages, brfProblems, CELLS, LINES, paginate, toBrf, toUnicodeBraille, wrap } from './brf';
import { BrailleUnavailable, brailleOf, forBraille } from './index';
import { BRAILLE_TABLES, translateLines } from './louis';

const golden = (name: string) =>
  readFileSync(new URL(`./golden/${name}`, import.meta.url), 'utf8')
    .replace(/\n$/, '')
    .split('\n');
const LOU = 'lou_translate';
const hasLiblouis = (() => {
  try {
    execFileSync(LOU, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
// npm test installs liblouis (scripts/lib/setup.mjs); without it these are skipped, except on CI.
const withLiblouis = hasLiblouis || process.env.CI === 'true' ? describe : describe.skip;

describe('braille ASCII to Unicode braille', () => {
  // The golden .unicode.txt files are liblouis's own output with its unicode.dis display table.
  it.each(['ar', 'fr'])('gives what liblouis gives for the %s golden text', (locale) => {
    expect(golden(`${locale}.brl`).map(toUnicodeBraille)).toEqual(golden(`${locale}.unicode.txt`));
  });
});

withLiblouis('liblouis translation (golden files made by lou_translate)', () => {
  it.each(['ar', 'fr'] as const)('translates the %s sentences as the golden file says', async (locale) => {
    expect(await translateLines(golden(`${locale}.txt`), locale, LOU)).toEqual(golden(`${locale}.brl`));
  });

  it('uses the tables the README names', () => {
    expect(BRAILLE_TABLES).toEqual({ ar: 'ar-ar-g1.utb', fr: 'fr-bfu-comp6.utb' });
  });

  it('lays a long text out as BRF: 40 cells, 25 lines, page numbers in the table’s own braille, form feeds', async () => {
    const sentences = golden('fr.txt');
    const doc = { locale: 'fr' as const, title: sentences[0], paragraphs: Array.from({ length: 30 }, (_, i) => sentences[1 + (i % 5)]) };
    const b = await brailleOf(doc, LOU);
    expect(brfProblems(b.brf)).toEqual([]);
    expect(b.pages).toBeGreaterThan(2);
    expect(brfPages(b.brf)).toHaveLength(b.pages);
    const numbers = await translateLines(['1', '2', '3'], 'fr', LOU);
    brfPages(b.brf)
      .slice(0, 3)
      .forEach((page, i) => expect(page.split('\r\n')[LINES - 1]).toBe(numbers[i].padStart(CELLS)));
    expect(b.unicode).toHaveLength(b.pages);
    expect(b.unicode[0]).toMatch(/^[\u2800-\u28ff\n]+$/);
  });

  it('keeps translations by content: the same text is not translated twice, another one is', async () => {
    const doc = { locale: 'ar' as const, title: golden('ar.txt')[0], paragraphs: golden('ar.txt').slice(1) };
    const first = brailleOf(doc, LOU);
    expect(brailleOf({ ...doc, paragraphs: [...doc.paragraphs] }, LOU)).toBe(first);
    expect(brailleOf({ ...doc, title: `${doc.title}!` }, LOU)).not.toBe(first);
    expect((await first).brf.split('\r\n')[0]).toBe(golden('ar.brl')[0]);
  });
});

describe('the BRF layout', () => {
  const ascii = (n: number) => Array.from({ length: n }, (_, i) => 'ABCDEFGHIJ'.slice(0, 1 + (i % 10))).join(' ');

  it('wraps at blanks within 40 cells, indents paragraphs and cuts a word longer than a line', () => {
    const lines = wrap(`${ascii(60)} ${'X'.repeat(95)}`);
    expect(lines[0].startsWith('  A ')).toBe(true);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(CELLS);
    expect(lines.join(' ').replace(/\s+/g, '')).toBe(`${ascii(60)}${'X'.repeat(95)}`.replace(/\s+/g, ''));
  });

  it('fills pages of 24 lines of text and puts the number on the 25th', () => {
    const pages = paginate({ title: 'TITLE', paragraphs: Array.from({ length: 40 }, () => ascii(12)) });
    const brf = toBrf(pages, ['#A', '#B', '#C', '#D', '#E']);
    expect(brfProblems(brf)).toEqual([]);
    expect(brf.split('\f')[1].split('\r\n')[LINES - 1]).toBe('#B'.padStart(CELLS));
  });

  it('finds what is wrong with a file that is not BRF', () => {
    expect(brfProblems('A'.repeat(41) + '\r\n')).toEqual([
      'the file does not end with a form feed',
      'page 1 has 1 lines, not 25',
      'page 1, line 1 has 41 cells',
    ]);
    expect(brfProblems(`${'é\r\n'.repeat(25)}\f`)).toHaveLength(25);
  });

  it('takes bidirectional marks out of the print text', () => {
    expect(forBraille('\u2066+212 539\u2069 \u200e x\n\ny')).toBe('+212 539 x y');
  });
});

describe('without liblouis', () => {
  it('says so rather than making a file', async () => {
    const doc = { locale: 'fr' as const, title: 'Titre', paragraphs: ['Texte'] };
    await expect(brailleOf(doc, '/nowhere/lou_translate')).rejects.toThrow(BrailleUnavailable);
    await expect(brailleOf(doc, '/nowhere/lou_translate')).rejects.toThrow(/liblouis-bin/);
  });
});
