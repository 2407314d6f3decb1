import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

/**
 * Where the CMS sends its e-mail: an SMTP server, through Strapi's e-mail plugin and its nodemailer
 * provider. `npm start` and `npm test` run a local catcher (MailDev) and point SMTP_HOST at it; a
 * production start without SMTP_HOST stops at boot (src/mail/required.ts), not here, because
 * building the admin panel loads this file too and needs no mail server.
 */
export function mailSettings(env: Env) {
  const host = env('SMTP_HOST', '');
  const user = env('SMTP_USER', '');
  return {
    provider: 'nodemailer',
    providerOptions: {
      host: host || '127.0.0.1',
      port: env.int('SMTP_PORT', 1025),
      secure: env.bool('SMTP_SECURE', false),
      ...(user ? { auth: { user, pass: env('SMTP_PASS', '') } } : {}),
      // A slow or absent server must not hold a request for minutes: mail is retried later (src/mail/outbox.ts).
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    },
    settings: {
      defaultFrom: env('MAIL_FROM', 'Commune de Tétouan <ne-pas-repondre@hub.localhost>'),
      defaultReplyTo: env('MAIL_REPLY_TO', env('MAIL_FROM', 'Commune de Tétouan <ne-pas-repondre@hub.localhost>')),
    },
  };
}
