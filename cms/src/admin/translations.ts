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

/**
 * Strapi's own wording that it has in neither French nor Arabic, on an editor's daily path: the
 * content manager's name in the main menu, and the preview of a draft ("Open preview" in the edit
 * view, then the page that frames the site). Without these an editor gets them in English. Two of
 * the preview's keys lack Strapi's `content-manager.` prefix, as its preview header asks for them.
 */
export function strapiLabels(language: Language): Record<string, string> {
  const text = {
    fr: {
      'content-manager.plugin.name': 'Gestion du contenu',
      'content-manager.preview.panel.title': 'Aperçu',
      'content-manager.preview.panel.button': 'Ouvrir l’aperçu',
      'content-manager.preview.panel.button-disabled-tooltip': 'Enregistrez pour ouvrir l’aperçu',
      'content-manager.preview.page-title': 'Aperçu : {contentType}',
      'content-manager.preview.header.close': 'Fermer l’aperçu',
      'preview.copy.label': 'Copier le lien de l’aperçu',
      'content-manager.preview.copy.success': 'Lien de l’aperçu copié',
      'preview.tabs.label': 'Version affichée',
      'content-manager.preview.device.select': 'Type d’écran',
      'content-manager.preview.device.desktop': 'Ordinateur',
      'content-manager.preview.device.mobile': 'Téléphone',
    },
    ar: {
      'content-manager.plugin.name': 'إدارة المحتوى',
      'content-manager.preview.panel.title': 'معاينة',
      'content-manager.preview.panel.button': 'فتح المعاينة',
      'content-manager.preview.panel.button-disabled-tooltip': 'احفظوا التغييرات لفتح المعاينة',
      'content-manager.preview.page-title': 'معاينة: {contentType}',
      'content-manager.preview.header.close': 'إغلاق المعاينة',
      'preview.copy.label': 'نسخ رابط المعاينة',
      'content-manager.preview.copy.success': 'تم نسخ رابط المعاينة',
      'preview.tabs.label': 'النسخة المعروضة',
      'content-manager.preview.device.select': 'نوع الشاشة',
      'content-manager.preview.device.desktop': 'حاسوب',
      'content-manager.preview.device.mobile': 'هاتف',
      'content-manager.preview.content.close-editor': 'إغلاق المحرر',
      'content-manager.preview.content.open-editor': 'فتح المحرر',
    },
  } satisfies Record<Language, Record<string, string>>;
  return text[language];
}
