import type { Core } from '@strapi/strapi';
import { deliver, siteUrl } from '../../mail/send';

/**
 * When staff verify an association in the admin panel, its accounts learn it by e-mail, in its
 * correspondence language: from then on it may submit applications and it appears in the
 * directory. The change from unverified to verified marks the notice `pending`; it is claimed
 * (`sent`) before it leaves and released if the mail server refuses it, and the outbox
 * (src/index.ts, every five minutes) sends what is still pending, so a mail server that is down
 * loses nothing. Associations verified before the mark existed have none and get no late notice.
 */
const UID = 'api::association.association';

export async function sendVerificationNotice(strapi: Core.Strapi, documentId: string): Promise<boolean> {
  const { count } = await strapi.db
    .query(UID)
    .updateMany({ where: { documentId, verified: true, verificationMail: 'pending' }, data: { verificationMail: 'sent' } });
  if (count === 0) return false;
  const versions: any[] = await strapi.db.query(UID).findMany({
    where: { documentId },
    populate: { accounts: { select: ['email', 'confirmed', 'blocked'] } },
  });
  const language = versions[0]?.correspondenceLanguage === 'fr' ? 'fr' : 'ar';
  const name = (versions.find((v) => v.locale === language) ?? versions[0])?.name ?? '';
  const to = [
    ...new Set(
      versions
        .flatMap((v) => v.accounts ?? [])
        .filter((a: any) => a.confirmed && !a.blocked)
        .map((a: any) => a.email as string),
    ),
  ];
  if (!to.length) return false;
  if (await deliver(strapi, to, 'verified', language, { association: name, link: `${siteUrl()}/${language}/calls` })) return true;
  await strapi.db.query(UID).updateMany({ where: { documentId }, data: { verificationMail: 'pending' } });
  return false;
}

/** The notices still pending (the mail server refused them): for the outbox. */
export async function flushVerificationNotices(strapi: Core.Strapi) {
  const rows: any[] = await strapi.db
    .query(UID)
    .findMany({ where: { verified: true, verificationMail: 'pending' }, select: ['documentId'], limit: 200 });
  for (const documentId of new Set(rows.map((r) => r.documentId as string))) await sendVerificationNotice(strapi, documentId);
}

export function registerVerificationNotice(strapi: Core.Strapi) {
  strapi.documents.use(async (context: any, next: () => Promise<any>) => {
    if (context.uid !== UID || context.action !== 'update' || context.params?.data?.verified !== true || !context.params.documentId) {
      return next();
    }
    const documentId = context.params.documentId as string;
    const before: any[] = await strapi.db.query(UID).findMany({ where: { documentId }, select: ['verified'] });
    const result = await next();
    if (before.length && before.every((v) => v.verified !== true)) {
      await strapi.db.query(UID).updateMany({ where: { documentId, verified: true }, data: { verificationMail: 'pending' } });
      await sendVerificationNotice(strapi, documentId);
    }
    return result;
  });
}
