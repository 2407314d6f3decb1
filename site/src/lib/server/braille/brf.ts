/**
 * Braille Ready Format: pages of 25 lines of at most 40 cells, the size of a standard embossed
 * page and of most braille displays' lines, in North American braille ASCII (one character a
 * cell, space to underscore). Lines end with CR LF and every page with a form feed, so an
 * embosser starts each page on a new sheet. The braille page number stands alone at the right
 * of the last line of each page, where readers look for it.
 */
export const CELLS = 40;
export const LINES = 25;
const TEXT_LINES = LINES - 1;
const INDENT = '  ';

/** Braille ASCII: the 64 cells, as the characters 0x20 (blank) to 0x5F. */
export const BRAILLE_ASCII = /^[\x20-\x5f]*$/;

/** Splits a paragraph of braille ASCII into lines of at most `width` cells, at blanks where it can. */
export function wrap(paragraph: string, width = CELLS, indent = INDENT): string[] {
  const words = paragraph.split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = indent;
  for (let word of words) {
    const room = line.trim() === '' ? width - line.length : width - line.length - 1;
    if (word.length <= room) {
      line = line.trim() === '' ? line + word : `${line} ${word}`;
      continue;
    }
    if (line.trim() !== '') lines.push(line);
    // A word longer than a line (a web address) is cut; nothing is ever lost past the margin.
    while (word.length > width) {
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    line = word;
  }
  if (line.trim() !== '') lines.push(line);
  return lines;
}

export interface BrfDocument {
  /** The title, at the top of the first page, not indented. */
  title: string;
  /** Paragraphs, each starting on a new line, indented by two cells. */
  paragraphs: string[];
}

/** Lays out a document translated into braille ASCII as pages of lines. */
export function paginate(doc: BrfDocument): string[][] {
  const lines = [...wrap(doc.title, CELLS, ''), '', ...doc.paragraphs.flatMap((p) => wrap(p))];
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += TEXT_LINES) pages.push(lines.slice(i, i + TEXT_LINES));
  // A page does not start with the blank line that separates paragraphs.
  return pages.map((p) => (p[0] === '' ? p.slice(1) : p));
}

/**
 * The BRF file of a paginated document. `pageNumbers[i]` is the braille of page i + 1, written by
 * the same table as the text (Arabic and French braille write numbers differently).
 */
export function toBrf(pages: string[][], pageNumbers: readonly string[]): string {
  return pages
    .map((lines, i) => {
      const number = pageNumbers[i] ?? '';
      const body = [...lines, ...Array<string>(TEXT_LINES - lines.length).fill('')];
      const last = number.length >= CELLS ? number.slice(0, CELLS) : number.padStart(CELLS);
      return [...body, last].map((l) => l.replace(/ +$/, '')).join('\r\n') + '\r\n\f';
    })
    .join('');
}

/** Braille ASCII to Unicode braille patterns (U+2800…), the North American correspondence. */
const ASCII_CELLS = ' A1B\'K2L@CIF/MSP"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=';
export function toUnicodeBraille(ascii: string): string {
  let out = '';
  for (const ch of ascii) {
    const i = ASCII_CELLS.indexOf(ch.toUpperCase());
    out += i < 0 ? ch : String.fromCodePoint(0x2800 + i);
  }
  return out;
}

/** The pages of a BRF file, as its reader would count them. */
export const brfPages = (brf: string) => brf.split('\f').filter((p) => p !== '');

/**
 * What is wrong with a BRF file, by the rules above; empty when nothing is. Used by the tests of
 * the layout and by the end-to-end test of the download, so both check the same things.
 */
export function brfProblems(brf: string): string[] {
  const problems: string[] = [];
  if (!brf.endsWith('\f')) problems.push('the file does not end with a form feed');
  brfPages(brf).forEach((page, p) => {
    if (!page.endsWith('\r\n')) problems.push(`page ${p + 1} does not end its last line with CR LF`);
    const lines = page.replace(/\r\n$/, '').split('\r\n');
    if (lines.length !== LINES) problems.push(`page ${p + 1} has ${lines.length} lines, not ${LINES}`);
    lines.forEach((line, l) => {
      if (line.length > CELLS) problems.push(`page ${p + 1}, line ${l + 1} has ${line.length} cells`);
      if (!BRAILLE_ASCII.test(line)) problems.push(`page ${p + 1}, line ${l + 1} is not braille ASCII`);
    });
  });
  return problems;
}
