import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { MissingLocalesPanel } from './missing-locales';

const panel = (locale: string, others: string[]) =>
  MissingLocalesPanel({ document: { locale }, meta: { availableLocales: others.map((l) => ({ locale: l })) } });

describe('the side panel of a document missing a locale', () => {
  it('names the missing locale and the one the site will show, in French and Arabic', () => {
    const shown = panel('fr', []);
    expect(shown?.title).toBe('Langues · اللغات');
    const html = renderToStaticMarkup(shown!.content);
    expect(html).toContain('Pas encore en arabe');
    expect(html).toContain('qu&#x27;en français');
    expect(html).toContain('باللغة العربية');
  });

  it('is not shown for a document in every locale, nor while a document is being created', () => {
    expect(panel('fr', ['ar'])).toBeNull();
    expect(panel('ar', ['fr'])).toBeNull();
    expect(MissingLocalesPanel({})).toBeNull();
  });
});
