import type { Core } from '@strapi/strapi';
import { composeMail, type MailKind } from './messages';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const isUrl = (s: string) => /^https?:\/\/\S+$/.test(s);

/**
 * The HTML part carries the language and direction, so a mail client lays Arabic out right to
 * left and a screen reader speaks it in Arabic; the text part is the same words for clients
 * that show text only.
 */
export function renderMail(kind: MailKind, locale: string, values: Record<string, string>) {
  const mail = composeMail(kind, locale, values);
  const dir = mail.locale === 'ar' ? 'rtl' : 'ltr';
  const body = mail.paragraphs
    .map((p) => (isUrl(p) ? `<p><a href="${escapeHtml(p)}">${escapeHtml(p)}</a></p>` : `<p>${escapeHtml(p)}</p>`))
    .join('\n');
  return {
    subject: mail.subject,
    text: mail.paragraphs.join('\n\n'),
    html: `<!doctype html><html lang="${mail.locale}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(mail.subject)}</title></head><body style="font-family:sans-serif;font-size:16px;line-height:1.5">\n${body}\n</body></html>`,
  };
}

/**
 * Sends one of the hub's messages through Strapi's e-mail plugin (config/mail.ts), as one message
 * to every address given. Throws when the server refuses it.
 */
export async function sendMail(strapi: Core.Strapi, to: string | string[], kind: MailKind, locale: string, values: Record<string, string>) {
  const mail = renderMail(kind, locale, values);
  await strapi
    .plugin('email')
    .service('email')
    .send({ to, ...mail });
}

/**
 * For the messages the outbox retries: one message to all the recipients (so a retry never repeats
 * it to those who had it), and whether it is done with. A refusal for good (an SMTP 5xx, such as an
 * unknown address) is done with, logged: retrying would only repeat it. A temporary one (the
 * server down, a 4xx) is not, and the caller releases its claim for the outbox to try again.
 */
export async function deliver(strapi: Core.Strapi, to: string[], kind: MailKind, locale: string, values: Record<string, string>) {
  try {
    await sendMail(strapi, to, kind, locale, values);
    return true;
  } catch (e) {
    const code = Number((e as { responseCode?: number }).responseCode ?? 0);
    if (code >= 500) {
      strapi.log.error(`[mail] ${kind} refused for good by the mail server (${code}), not retried: ${(e as Error).message}`);
      return true;
    }
    strapi.log.error(`[mail] ${kind} not sent yet, will retry: ${(e as Error).message}`);
    return false;
  }
}

/** The site's address for a link in a message (the CMS's SITE_URL), without a trailing slash. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');
}
