import { COMPONENT_VIEWS, CONTENT_TYPE_VIEWS, STRAPI_FIELDS, type Bilingual } from '../admin-config';

type Language = keyof Bilingual;

/**
 * The admin panel looks a type's name up under its schema's display name, and a field's label up under these keys in the interface language before it
 * falls back to the stored label (which is bilingual, for an interface in any other language).
 */
export function fieldLabels(language: Language): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const view of CONTENT_TYPE_VIEWS) {
    if (view.displayName && view.name) labels[view.displayName] = view.name[language];
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

/**
 * Every boolean of the hub answers a question ("free?", "wheelchair access?"); Strapi labels its
 * switch true/false, which its Arabic translation renders as "right/wrong".
 */
export function yesNo(language: Language): Record<string, string> {
  const [yes, no] = language === 'ar' ? ['نعم', 'لا'] : ['Oui', 'Non'];
  return { 'app.components.ToggleCheckbox.on-label': yes, 'app.components.ToggleCheckbox.off-label': no };
}
