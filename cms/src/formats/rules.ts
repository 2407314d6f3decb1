/**
 * The rules of the accessible formats any type can carry (a sign-language video, an easy-read
 * version), written once for every type that attaches the components: events now, heritage points,
 * calls and plans as they come. A type's own rules add `formatProblems(values, stage)` to theirs,
 * and load the components with `FORMATS_POPULATE`. Messages are bilingual like the event rules.
 */
export interface FormatProblem {
  path: string[];
  message: string;
}

const M = {
  trackForLocale:
    'Ajoutez les sous-titres et la transcription dans la langue de cette version · أضيفوا الترجمة المكتوبة والنص بلغة هذه النسخة',
  trackTwice: 'Une seule ligne par langue · سطر واحد لكل لغة',
  pictogramAlt: 'Décrivez le pictogramme (texte alternatif) · صِفوا الرمز المصور (نص بديل)',
} as const;

/** What the rules read of the formats, for a query of the stored draft. */
export const FORMATS_POPULATE = {
  signLanguageVideo: { populate: { video: true, tracks: { populate: { captions: true } } } },
  easyRead: { populate: { pictogram: true } },
} as const;

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const present = (v: unknown) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);

/**
 * A signed video is published only when a visitor reading this version can follow it: captions
 * and a transcript in the version's own language (WebVTT tracks of other languages come along).
 * An easy-read pictogram, like any image, needs its alt text. Drafts may be incomplete.
 */
export function formatProblems(values: Record<string, any>, stage: 'draft' | 'publish', locale: string): FormatProblem[] {
  const problems: FormatProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path: path.map(String), message });
  const video = values.signLanguageVideo;
  const tracks: Record<string, any>[] = Array.isArray(video?.tracks) ? video.tracks : [];
  const seen = new Set<string>();
  tracks.forEach((t, i) => {
    if (t?.language && seen.has(t.language)) add(['signLanguageVideo', 'tracks', i, 'language'], M.trackTwice);
    seen.add(t?.language);
  });
  if (stage === 'draft') return problems;

  if (video && !tracks.some((t) => t?.language === locale && present(t.captions) && filled(t.transcript))) {
    add(['signLanguageVideo', 'tracks'], M.trackForLocale);
  }
  const sentences: Record<string, any>[] = Array.isArray(values.easyRead) ? values.easyRead : [];
  sentences.forEach((s, i) => {
    if (present(s?.pictogram) && !filled(s?.pictogramAlt)) add(['easyRead', i, 'pictogramAlt'], M.pictogramAlt);
  });
  return problems;
}
