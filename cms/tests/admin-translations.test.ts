import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPONENT_VIEWS, CONTENT_TYPE_VIEWS } from '../src/admin-config';
import app from '../src/admin/app';

/** The admin panel in Arabic or French names every field in that language. */
describe('the admin panel', () => {
  it('offers Arabic and French', () => {
    expect(app.config.locales).toEqual(['ar', 'fr']);
  });

  it('names each hub type in the interface language, in the menu and at the head of its list', () => {
    const { ar, fr } = app.config.translations;
    for (const view of CONTENT_TYPE_VIEWS) {
      const name = view.uid.split('.').pop()!;
      const schema = JSON.parse(readFileSync(join(__dirname, `../src/api/${name}/content-types/${name}/schema.json`), 'utf8'));
      expect(view.displayName, view.uid).toBe(schema.info.displayName);
      expect(ar[schema.info.displayName], view.uid).toMatch(/\p{Script=Arabic}/u);
      expect(fr[schema.info.displayName], view.uid).toMatch(/\p{Script=Latin}/u);
    }
    expect(fr.Event).toBe('Activités');
  });

  it('answers yes or no on the switches of yes-or-no questions', () => {
    expect(app.config.translations.ar['app.components.ToggleCheckbox.on-label']).toBe('نعم');
    expect(app.config.translations.fr['app.components.ToggleCheckbox.off-label']).toBe('Non');
  });

  it('words what Strapi leaves in English on the way to a preview: the content manager and the preview itself', () => {
    const { ar, fr } = app.config.translations;
    expect(fr['content-manager.plugin.name']).toBe('Gestion du contenu');
    expect(fr['content-manager.preview.panel.button']).toBe('Ouvrir l’aperçu');
    expect(ar['content-manager.preview.panel.button']).toBe('فتح المعاينة');
    for (const key of Object.keys(fr).filter((k) => k.includes('preview.') || k === 'content-manager.plugin.name')) {
      expect(ar[key], key).toMatch(/\p{Script=Arabic}/u);
      expect(fr[key], key).toMatch(/\p{Script=Latin}/u);
    }
  });

  it('names each field of each hub type in the interface language', () => {
    const { ar, fr } = app.config.translations;
    expect(fr['content-manager.content-types.api::event.event.startsAt']).toBe('Début');
    expect(ar['content-manager.content-types.api::event.event.startsAt']).toBe('البداية');
    expect(ar['content-manager.content-types.api::event.event.documentId']).toBeTruthy();
    expect(fr['content-manager.components.event.audience.womenOnly']).toBe('Réservé aux femmes');
    for (const view of CONTENT_TYPE_VIEWS) {
      for (const field of Object.keys(view.fields)) {
        const key = `content-manager.content-types.${view.uid}.${field}`;
        expect(ar[key], key).toMatch(/\p{Script=Arabic}/u);
        expect(fr[key], key).toMatch(/\p{Script=Latin}/u);
      }
    }
    for (const view of COMPONENT_VIEWS) {
      for (const field of Object.keys(view.fields)) {
        const key = `content-manager.components.${view.uid}.${field}`;
        expect(ar[key], key).toMatch(/\p{Script=Arabic}/u);
        expect(fr[key], key).not.toMatch(/\p{Script=Arabic}/u);
      }
    }
  });
});
