import type { Core } from '@strapi/strapi';
import { sendMail, siteUrl } from '../../mail/send';

/**
 * When staff verify an association in the admin panel, its accounts learn it by e-mail, in its
 * correspondence language: from then on it may submit applications and it appears in the
 * directory. Sent once, on the change from unverified to verified.
 */
const UID = 'api::association.association';

export function registerVerificationNotice(strapi: Core.Strapi) {
  strapi.documents.use(async (context: any, next: () => Promise<any>) => {
    if (context.uid !== UID || context.action !== 'update' || context.params?.data?.verified !== true || !context.params.documentId) {
      return next();
    }
    const before: any[] = await strapi.db.query(UID).findMany({ where: { documentId: context.params.documentId }, select: ['verified'] });
    const result = await next();
    if (before.length && before.every((v) => v.verified !== true)) {
      const versions: any[] = await strapi.db.query(UID).findMany({
        where: { documentId: context.params.documentId },
        populate: { accounts: { select: ['email', 'confirmed', 'blocked'] } },
      });
      const language = versions[0]?.correspondenceLanguage === 'fr' ? 'fr' : 'ar';
      const name = (versions.find((v) => v.locale === language) ?? versions[0])?.name ?? '';
      const to = [
        ...new Set(
          versions
            .flatMap((v) => v.accounts ?? [])
            .filter((a: any) => a.confirmed && !a.blocked)
            .map((a: any) => a.email),
        ),
      ];
      for (const address of to) {
        await sendMail(strapi, address as string, 'verified', language, {
          association: name,
          link: `${siteUrl()}/${language}/calls`,
        }).catch((e) => strapi.log.error(`[mail] verification notice not sent: ${(e as Error).message}`));
      }
    }
    return result;
  });
}
