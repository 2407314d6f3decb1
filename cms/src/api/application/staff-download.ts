import type { Core } from '@strapi/strapi';
import { Refusal, refusing } from '../../utils/refusal';
import { contentDisposition, openAttachment } from './attachments';
import { APPLICATION } from './owned';

/**
 * Staff open an application's documents from its edit view (src/admin/attachments.tsx): an admin
 * route, so the admin panel's own sign-in and permissions apply; the documents are not among the
 * public uploads. Only an admin allowed to read applications gets them.
 */
export function registerStaffDownload(strapi: Core.Strapi) {
  strapi.server.routes({
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: '/hub/applications/:documentId/attachments/:attachment',
        handler: refusing(async (ctx: any) => {
          if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.read', APPLICATION)) throw new Refusal(404, 'not-found');
          const row: any = await strapi.db
            .query(APPLICATION)
            .findOne({ where: { documentId: String(ctx.params.documentId) }, populate: { attachments: true } });
          if (!row) throw new Refusal(404, 'not-found');
          const file = await openAttachment(row, ctx.params.attachment);
          ctx.set('content-type', file.mime);
          ctx.set('content-disposition', contentDisposition(file.name));
          ctx.set('cache-control', 'private, no-store');
          ctx.body = file.stream;
        }),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  } as any);
}
