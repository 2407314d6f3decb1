import { now } from '../clock';
import { LOCALE_CODES } from '../locales';
import { signPreview } from './signature';

/** The types the site can preview, and where: one site route per type. */
export const PREVIEWABLE: Record<string, string> = { 'api::event.event': 'events' };

/**
 * The address the admin panel opens to preview a draft: the site's preview route, signed for this
 * document in this locale. Nothing for a type the site cannot preview, or a locale it does not speak.
 */
export function draftPreviewUrl(
  siteUrl: string,
  uid: string,
  documentId: string | undefined,
  locale: string | null | undefined,
  secret: string,
) {
  const kind = PREVIEWABLE[uid];
  if (!kind || !documentId || !locale || !LOCALE_CODES.includes(locale)) return undefined;
  const { expires, signature } = signPreview({ uid, documentId, locale }, secret, now());
  const base = siteUrl.replace(/\/$/, '');
  return `${base}/${locale}/preview/${kind}/${encodeURIComponent(documentId)}?expires=${expires}&signature=${signature}`;
}
