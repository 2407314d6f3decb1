/**
 * A published comment's text in pieces, with its web addresses as links: the page renders each
 * piece as text or as a link, never as HTML, so markup in a comment shows as written. Only
 * published comments are linked; a pending one is shown as plain text.
 */
export type Piece = { text: string; href?: undefined } | { text: string; href: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/g;

export function linkify(text: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    // A sentence's final punctuation is not part of the address.
    const href = match[0].replace(/[.,;:!?)\]]+$/, '');
    const start = match.index!;
    if (start > at) pieces.push({ text: text.slice(at, start) });
    pieces.push({ text: href, href });
    at = start + href.length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
