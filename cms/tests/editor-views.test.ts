import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPONENT_VIEWS, CONTENT_TYPE_VIEWS } from '../src/admin-config';
import { applyEditorViews } from '../src/bootstrap/editor-views';
import { signInAs } from './admin-users';
import { bootStrapi, type Harness } from './strapi-harness';

/**
 * The content manager shows the hub's types as src/admin-config describes them, read back through
 * the admin API the panel itself calls, and bootstrap puts the repository's version back after an
 * editor changes it in the panel.
 */
let h: Harness;
let admin: Awaited<ReturnType<typeof signInAs>>;

const typeConfiguration = async (uid: string) => {
  const res = await admin(`/content-manager/content-types/${uid}/configuration`);
  expect(res.status).toBe(200);
  return res.body.data.contentType;
};
const componentConfiguration = async (uid: string) => {
  const res = await admin(`/content-manager/components/${uid}/configuration`);
  expect(res.status).toBe(200);
  return res.body.data.component;
};

/** What the panel sends back when an editor saves "Configure the view": the list's relation names are only shown, not saved. */
const asSaved = ({ settings, metadatas, layouts }: any) => ({
  settings,
  metadatas: Object.fromEntries(
    Object.entries<any>(metadatas).map(
      ([
        field,
        {
          edit,
          list: { mainField: _shown, ...list },
        },
      ]) => [field, { edit, list }],
    ),
  ),
  layouts,
});

beforeAll(async () => {
  h = await bootStrapi();
  admin = await signInAs(h.strapi, h.url, 'strapi-super-admin');
});

afterAll(async () => {
  await h?.stop();
});

describe('every hub type has a view', () => {
  it('describes each type of src/api and each component of src/components', () => {
    // Folders of src/api with a content type (the account routes have none).
    const apiTypes = readdirSync(join(__dirname, '../src/api'))
      .filter((name) => existsSync(join(__dirname, '../src/api', name, 'content-types')))
      .map((name) => `api::${name}.${name}`);
    const componentDir = join(__dirname, '../src/components');
    const components = readdirSync(componentDir).flatMap((category) =>
      readdirSync(join(componentDir, category)).map((file) => `${category}.${file.replace(/\.json$/, '')}`),
    );
    expect(CONTENT_TYPE_VIEWS.map((v) => v.uid).sort()).toEqual(apiTypes.sort());
    expect(COMPONENT_VIEWS.map((v) => v.uid).sort()).toEqual(components.sort());
  });

  it('gives every field a label in words, not its API name, in the form and in the list', async () => {
    const configurations = [
      ...(await Promise.all(CONTENT_TYPE_VIEWS.map((v) => typeConfiguration(v.uid)))),
      ...(await Promise.all(COMPONENT_VIEWS.map((v) => componentConfiguration(v.uid)))),
    ];
    const named: string[] = [];
    for (const configuration of configurations) {
      for (const [field, meta] of Object.entries<any>(configuration.metadatas)) {
        // Strapi's controller writes this one into every answer, whatever is stored; the admin
        // panel's translations name it (see admin-translations.test.ts).
        if (field === 'documentId') continue;
        expect(meta.edit.label ?? '', `${configuration.uid}.${field}`).toMatch(/ · /);
        if (meta.edit.label === field || meta.list.label === field) named.push(`${configuration.uid}.${field}`);
      }
    }
    expect(named).toEqual([]);
  });
});

describe('the event list and form', () => {
  it('lists events newest start first, with title, venue, start and status', async () => {
    const configuration = await typeConfiguration('api::event.event');
    expect(configuration.settings).toMatchObject({ defaultSortBy: 'startsAt', defaultSortOrder: 'DESC', filterable: true });
    expect(configuration.layouts.list).toEqual(['title', 'venue', 'startsAt', 'eventStatus']);
    expect(configuration.metadatas.venue.list.mainField).toBe('name');
    expect(configuration.metadatas.startsAt.edit).toMatchObject({ label: 'Début · البداية' });
    expect(configuration.metadatas.eventStatus.edit.description).toMatch(/cancelled : annulé.*·.*ملغى/);
  });

  it('asks when before where, and where before for whom', async () => {
    const rows: string[] = (await typeConfiguration('api::event.event')).layouts.edit.map((row: { name: string }[]) => row[0].name);
    const order = ['title', 'startsAt', 'venue', 'audience', 'accessibility', 'registration', 'image'].map((f) => rows.indexOf(f));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('is accepted by the content manager’s own validation', async () => {
    for (const view of CONTENT_TYPE_VIEWS) {
      const res = await admin(
        `/content-manager/content-types/${view.uid}/configuration`,
        'PUT',
        asSaved(await typeConfiguration(view.uid)),
      );
      expect(res.status, `${view.uid}: ${JSON.stringify(res.body?.error)}`).toBe(200);
    }
    for (const view of COMPONENT_VIEWS) {
      const res = await admin(
        `/content-manager/components/${view.uid}/configuration`,
        'PUT',
        asSaved(await componentConfiguration(view.uid)),
      );
      expect(res.status, `${view.uid}: ${JSON.stringify(res.body?.error)}`).toBe(200);
    }
  });
});

describe('the repository wins over changes made in the panel', () => {
  it('puts the labels, columns and sort back on the next start', async () => {
    const { settings, metadatas, layouts } = asSaved(await typeConfiguration('api::event.event'));
    metadatas.startsAt.edit.label = 'startsAt';
    const changed = await admin('/content-manager/content-types/api::event.event/configuration', 'PUT', {
      settings: { ...settings, defaultSortBy: 'title', defaultSortOrder: 'ASC' },
      metadatas,
      layouts: { ...layouts, list: ['id', 'title'] },
    });
    expect(changed.status).toBe(200);
    const edited = await typeConfiguration('api::event.event');
    expect(edited.metadatas.startsAt.edit.label).toBe('startsAt');
    expect(edited.layouts.list).toEqual(['id', 'title']);

    await applyEditorViews(h.strapi);
    const restored = await typeConfiguration('api::event.event');
    expect(restored.metadatas.startsAt.edit.label).toBe('Début · البداية');
    expect(restored.layouts.list).toEqual(['title', 'venue', 'startsAt', 'eventStatus']);
    expect(restored.settings).toMatchObject({ defaultSortBy: 'startsAt', defaultSortOrder: 'DESC' });
  });
});

describe('the interface language of each editor', () => {
  it('is kept on the editor’s own account', async () => {
    const other = await signInAs(h.strapi, h.url, 'strapi-editor');
    expect((await admin('/admin/users/me', 'PUT', { preferedLanguage: 'ar' })).status).toBe(200);
    expect((await other('/admin/users/me', 'PUT', { preferedLanguage: 'fr' })).status).toBe(200);
    expect((await admin('/admin/users/me')).body.data.preferedLanguage).toBe('ar');
    expect((await other('/admin/users/me')).body.data.preferedLanguage).toBe('fr');
  });
});
