import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../locales';
import track from '../components/media/caption-track.json';
import { formatProblems } from './rules';

const video = (languages: string[]) => ({
  video: 1,
  signedBy: 'X',
  signedOn: '2026-01-01',
  tracks: languages.map((language) => ({ language, captions: 2, transcript: 'Bonjour' })),
});

describe('the rules of the accessible formats', () => {
  it('publishes a signed video only with captions and a transcript in the version’s language', () => {
    expect(formatProblems({ signLanguageVideo: video(['ar']) }, 'publish', 'fr').map((p) => p.path.join('.'))).toEqual([
      'signLanguageVideo.tracks',
    ]);
    expect(formatProblems({ signLanguageVideo: video(['ar', 'fr']) }, 'publish', 'fr')).toEqual([]);
    expect(formatProblems({ signLanguageVideo: video(['ar']) }, 'draft', 'fr')).toEqual([]);
    expect(formatProblems({ signLanguageVideo: null }, 'publish', 'fr')).toEqual([]);
  });

  it('refuses a language written twice, even in a draft', () => {
    expect(formatProblems({ signLanguageVideo: video(['fr', 'fr']) }, 'draft', 'fr').map((p) => p.path.join('.'))).toEqual([
      'signLanguageVideo.tracks.1.language',
    ]);
  });

  it('publishes an easy-read pictogram only with its alt text', () => {
    const easyRead = [{ text: 'On joue.', pictogram: 3, pictogramAlt: '' }, { text: 'On rit.' }];
    expect(formatProblems({ easyRead }, 'publish', 'ar').map((p) => p.path.join('.'))).toEqual(['easyRead.0.pictogramAlt']);
    easyRead[0].pictogramAlt = 'Un ballon';
    expect(formatProblems({ easyRead }, 'publish', 'ar')).toEqual([]);
  });

  it('offers a captions language for every locale of the hub, and no other', () => {
    // Adding a locale (README) means adding it here too: editors pick the captions' language from this list.
    expect([...track.attributes.language.enum].sort()).toEqual([...LOCALE_CODES].sort());
  });
});
