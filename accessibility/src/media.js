/**
 * Videos a deaf visitor can follow, which axe and pa11y cannot tell (axe's own video-caption
 * rule only asks for a review). Every <video> on a page must have:
 * - a captions track in each of the site's locales (a signed video is captioned in Arabic and in
 *   French: deaf visitors who do not sign read one or the other), with a file;
 * - exactly one track on by default, in the page's language;
 * - a transcript: `data-transcript` names an element of the page that holds the text;
 * - no sound playing by itself: `autoplay` only with `muted` (the reception screens).
 */
export async function checkMedia(page, locales) {
  const problems = await page.evaluate((locales) => {
    const lang = document.documentElement.lang;
    return [...document.querySelectorAll('video')].flatMap((video, i) => {
      const name = video.id ? `video#${video.id}` : `video:nth-of-type(${i + 1})`;
      const tracks = [...video.querySelectorAll('track')].filter(
        (t) => ['captions', 'subtitles'].includes(t.kind) && t.getAttribute('src'),
      );
      const out = [];
      const missing = locales.filter((l) => !tracks.some((t) => t.srclang === l));
      if (missing.length) out.push(`${name} has no captions in ${missing.join(', ')}`);
      const defaults = tracks.filter((t) => t.default);
      if (defaults.length !== 1 || defaults[0].srclang !== lang)
        out.push(`${name} does not show captions in the page's language (${lang}) by default`);
      const transcript = video.dataset.transcript ? document.getElementById(video.dataset.transcript) : null;
      if (!transcript || !transcript.textContent.trim())
        out.push(`${name} has no transcript (data-transcript naming an element with its text)`);
      if (video.autoplay && !video.muted) out.push(`${name} plays with sound by itself`);
      return out;
    });
  }, locales);
  return problems.length
    ? [
        {
          tool: 'media',
          rule: 'media-captions-transcript',
          impact: 'serious',
          message: `A video lacks captions in every language, captions on by default or a transcript (WCAG 1.2.2, 1.2.3): ${problems.join('; ')}`,
          targets: problems,
          count: problems.length,
        },
      ]
    : [];
}
