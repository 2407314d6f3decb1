import type { Core } from '@strapi/strapi';
import { env } from '@strapi/utils';
import { requireSecret } from '../../../../config/secrets';
import { now } from '../../../clock';
import { verifyPreview } from '../../../preview/signature';
import { withoutRowIds } from '../../../utils/public-controller';
import api from '../public-api';
import { withUpcoming } from '../occurrences';

const UID = 'api::event.event';

/**
 * The draft of one event, for the site's preview page. The route is not a public permission: the
 * signed link (src/preview/signature.ts) is the only credential, checked here on the CMS's own clock
 * whatever the site checked. The caller chooses nothing but the document and the locale it was
 * signed for: any other parameter, a bad signature or an expired link is a 404 that says nothing
 * of the draft. It answers exactly what the public event detail answers (public-api.ts), so the
 * site renders the preview with its own event page, and must not be cached anywhere.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Read once at load, like the other secrets: the CMS refuses to start without it (config/admin.ts).
  const secret = requireSecret(env, 'PREVIEW_SECRET');
  return {
    async draft(ctx: any) {
      ctx.set('Cache-Control', 'no-store');
      ctx.set('X-Robots-Tag', 'noindex');
      const documentId = String(ctx.params.documentId ?? '');
      const { locale, expires, signature, ...others } = ctx.query ?? {};
      const valid =
        Object.keys(others).length === 0 &&
        typeof locale === 'string' &&
        verifyPreview({ uid: UID, documentId, locale }, expires, signature, secret, now());
      if (!valid) return ctx.notFound();
      const record = await strapi.documents(UID).findOne({ documentId, locale, status: 'draft', populate: api.detail.populate as any });
      if (!record) return ctx.notFound();
      // Private fields and authors are removed as for every public answer. Not the controller's
      // sanitizeOutput: with no authenticated role on this route it would drop every relation,
      // where the public detail shows its venue and organisers. What is loaded is the fixed populate above.
      const sanitized = await strapi.contentAPI.sanitize.output(record, strapi.contentType(UID));
      return { data: withUpcoming(withoutRowIds(sanitized) as Record<string, unknown>), meta: {} };
    },
  };
};
