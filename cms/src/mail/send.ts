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

/** Sends one of the hub's messages through Strapi's e-mail plugin (config/mail.ts). Throws when the server refuses. */
export async function sendMail(strapi: Core.Strapi, to: string, kind: MailKind, locale: string, values: Record<string, string>) {
  const mail = renderMail(kind, locale, values);
  await strapi
    .plugin('email')
    .service('email')
    .send({ to, ...mail });
}

/** The site's address for a link in a message (the CMS's SITE_URL), without a trailing slash. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');
}
