import { describe, expect, it } from 'vitest';
import { plainText, readInput, SubmitRefused } from './submit';

describe('a submitted comment', () => {
  it('is kept as plain text: markup as written, control characters out, line ends unified', () => {
    expect(plainText(' <script>x</script>\r\nLigne\u0000 deux\u202e\n\n\n\nfin ')).toBe('<script>x</script>\nLigne deux\u202e\n\nfin');
  });

  it('reads only the five fields it knows, and refuses the first problem with its field', () => {
    const ok = readInput({
      text: 'Bonjour',
      displayName: '',
      language: 'fr',
      targetType: 'plan',
      targetSlug: 'pac-genre',
      status: 'published',
    });
    expect(ok).toEqual({ text: 'Bonjour', displayName: null, language: 'fr', targetType: 'plan', targetSlug: 'pac-genre' });
    const refused = (raw: unknown) => {
      try {
        readInput(raw);
      } catch (e) {
        return [(e as SubmitRefused).problem, (e as SubmitRefused).field];
      }
      return null;
    };
    expect(refused({ text: 'ab', language: 'fr', targetType: 'plan', targetSlug: 'x' })).toEqual(['text-too-short', 'text']);
    expect(refused({ text: 'Bonjour', language: 'fr', targetType: 'plan', targetSlug: 'Pac Genre' })).toEqual(['target', 'targetSlug']);
    expect(refused({ text: 'Bonjour', language: 'de', targetType: 'plan', targetSlug: 'x' })).toEqual(['language', 'language']);
    expect(refused(null)).toEqual(['text-missing', 'text']);
  });
});
