import { COMPONENT_VIEWS, CONTENT_TYPE_VIEWS, STRAPI_FIELDS, type Bilingual } from '../admin-config';

type Language = keyof Bilingual;

/**
 * The admin panel looks a field's label up under these keys in the interface language before it
 * falls back to the stored label (which is bilingual, for an interface in any other language).
 */
export function fieldLabels(language: Language): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const view of CONTENT_TYPE_VIEWS) {
    for (const [field, wording] of Object.entries({ ...STRAPI_FIELDS, ...view.fields })) {
      labels[`content-manager.content-types.${view.uid}.${field}`] = wording[language];
    }
  }
  for (const view of COMPONENT_VIEWS) {
    for (const [field, wording] of Object.entries(view.fields)) {
      labels[`content-manager.components.${view.uid}.${field}`] = wording[language];
    }
  }
  return labels;
}
