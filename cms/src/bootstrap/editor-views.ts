import type { Core } from '@strapi/strapi';
import { bilingual, COMPONENT_VIEWS, CONTENT_TYPE_VIEWS, STRAPI_FIELDS, type EditorView } from '../admin-config';

interface Metadata {
  edit: Record<string, unknown>;
  list: Record<string, unknown>;
}

interface StoredConfiguration {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { list: string[]; edit: { name: string; size: number }[][] };
}

/**
 * Writes the content manager's configuration of every hub type and component (labels, hints,
 * form layout, list columns, sort) from src/admin-config, through the content-manager plugin's
 * own services, on every start. Changes made in the admin panel's "Configure the view" last until
 * the next restart: the repository is the reference, so every install looks the same.
 */
export async function applyEditorViews(strapi: Core.Strapi) {
  const plugin = strapi.plugin('content-manager');
  const contentTypes = plugin.service('content-types');
  const components = plugin.service('components');
  for (const view of CONTENT_TYPE_VIEWS) {
    const model = contentTypes.findContentType(view.uid);
    if (!model) throw new Error(`src/admin-config describes ${view.uid}, which is not a content type`);
    await contentTypes.updateConfiguration(model, configure(view, model, await contentTypes.findConfiguration(model)));
  }
  for (const view of COMPONENT_VIEWS) {
    const model = components.findComponent(view.uid);
    if (!model) throw new Error(`src/admin-config describes ${view.uid}, which is not a component`);
    await components.updateConfiguration(model, configure(view, model, await components.findConfiguration(model)));
  }
}

function configure(view: EditorView, model: { attributes: Record<string, unknown> }, stored: StoredConfiguration) {
  const unknown = [...Object.keys(view.fields), ...view.edit.flat().map((f) => f.name), ...(view.list ?? [])].filter(
    (name) => !(name in model.attributes),
  );
  if (unknown.length) throw new Error(`src/admin-config for ${view.uid} names fields the type lacks: ${unknown.join(', ')}`);

  const metadatas: Record<string, Metadata> = { ...stored.metadatas };
  for (const [name, wording] of Object.entries({ ...STRAPI_FIELDS, ...view.fields })) {
    const current = metadatas[name];
    // Strapi's own fields appear only on the types that have them (publishedAt only with drafts).
    if (!current) continue;
    const label = bilingual(wording);
    const field = view.fields[name];
    metadatas[name] = {
      edit: {
        ...current.edit,
        label,
        ...(field && {
          description: field.hint ? bilingual(field.hint) : '',
          placeholder: field.placeholder ?? '',
          ...(field.mainField && { mainField: field.mainField }),
        }),
      },
      list: { ...current.list, label },
    };
  }
  return {
    settings: { ...stored.settings, ...view.settings },
    metadatas,
    layouts: { list: view.list ?? stored.layouts.list, edit: view.edit },
  };
}
