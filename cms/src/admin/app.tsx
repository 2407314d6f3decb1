import { AttachmentsPanel } from './attachments';
import { MissingLocalesPanel } from './missing-locales';
import { SeriesDatesPanel } from './series-dates';
import { fieldLabels, strapiLabels, yesNo } from './translations';

/**
 * The municipal staff of Tétouan work in Arabic and French: the admin panel offers both (English
 * stays, as Strapi's own). Each editor picks one under their profile; Strapi keeps it on their account.
 */
export default {
  config: {
    locales: ['ar', 'fr'],
    translations: {
      ar: { ...yesNo('ar'), ...fieldLabels('ar'), ...strapiLabels('ar') },
      fr: { ...yesNo('fr'), ...fieldLabels('fr'), ...strapiLabels('fr') },
    },
  },
  // A document missing one of the hub's locales says so beside its Publish button; a series lists its
  // dates; an application lists its documents.
  bootstrap(app: { getPlugin(name: string): { apis: { addEditViewSidePanel(panels: unknown[]): void } } }) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([MissingLocalesPanel, SeriesDatesPanel, AttachmentsPanel]);
  },
};
