/**
 * The text of a WebVTT file's cues, in order: what a seeded sample's transcript is made of, so the
 * captions and the transcript cannot say different things. Enough of WebVTT for that: blocks
 * separated by blank lines; a cue is a block with a timing line (`-->`), its text the lines after
 * it; NOTE, STYLE and REGION blocks and cue settings are left out, tags stripped.
 */
export function cueTexts(vtt: string): string[] {
  const blocks = vtt
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .slice(1);
  return blocks.flatMap((block) => {
    const lines = block.split('\n');
    const timing = lines.findIndex((l) => l.includes('-->'));
    if (timing < 0) return [];
    const text = lines
      .slice(timing + 1)
      .join(' ')
      .replace(/<[^>]*>/g, '')
      .trim();
    return text ? [text] : [];
  });
}
