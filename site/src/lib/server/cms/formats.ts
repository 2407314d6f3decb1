import { ENDONYMS, isLocale, LOCALES, type Locale } from '$lib/i18n';
import type { EasyReadSentence, SignedVideo } from '$lib/view-models';
import { mediaUrl } from './media';
import type { easyReadSentence, signLanguageVideo } from './schemas';
import type { z } from 'zod';

/**
 * The accessible formats of any content (events now; heritage points, calls and plans by the same
 * two functions), from the CMS's components to what the player and the easy-read page render.
 */

/**
 * A signed video a visitor reading `locale` can follow: the video, and captions with a transcript
 * in their language (deaf visitors who do not sign need them too). Without those it is not shown,
 * and the page offers to ask for one. Tracks in other languages come along, the page's first.
 */
export function toSignedVideo(v: z.infer<typeof signLanguageVideo> | null | undefined, locale: Locale): SignedVideo | null {
  const videoUrl = v?.video ? mediaUrl(v.video.url) : '';
  if (!v || !videoUrl) return null;
  const tracks = v.tracks
    .filter((t) => isLocale(t.language) && t.captions && mediaUrl(t.captions.url) && t.transcript.trim())
    .map((t) => ({
      language: t.language as Locale,
      label: ENDONYMS[t.language as Locale],
      captionsUrl: mediaUrl(t.captions!.url),
      transcript: t.transcript,
    }))
    .sort((a, b) => (a.language === locale ? -1 : b.language === locale ? 1 : LOCALES.indexOf(a.language) - LOCALES.indexOf(b.language)));
  if (tracks[0]?.language !== locale) return null;
  return {
    videoUrl,
    videoType: v.video?.mime === 'video/webm' ? 'video/webm' : 'video/mp4',
    tracks,
    signedBy: v.signedBy,
    signedOn: v.signedOn,
    sample: v.sample === true,
  };
}

/** An easy-read version; a pictogram is shown only with its alt text (the CMS requires it to publish). */
export function toEasyRead(sentences: z.infer<typeof easyReadSentence>[]): EasyReadSentence[] {
  return sentences
    .filter((s) => s.text.trim())
    .map((s) => {
      const url = s.pictogram ? mediaUrl(s.pictogram.url) : '';
      return { text: s.text, pictogram: url && s.pictogramAlt.trim() ? { url, alt: s.pictogramAlt } : null };
    });
}
