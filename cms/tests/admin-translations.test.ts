import { describe, expect, it } from 'vitest';
import { COMPONENT_VIEWS, CONTENT_TYPE_VIEWS } from '../src/admin-config';
import app from '../src/admin/app';

/** The admin panel in Arabic or French names every field in that language. */
describe('the admin panel', () => {
  it('offers Arabic and French', () => {
    expect(app.config.locales).toEqual(['ar', 'fr']);
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
