import { join } from 'node:path';
import { startService } from './services.mjs';
import { ROOT } from './setup.mjs';

/**
 * MailDev: a local SMTP server that keeps what the CMS sends and shows it on a web page (and a REST
 * API under /api, whose /api/email the browser tests read). `npm start` runs it so a newcomer reads the
 * confirmations, receipts and decisions the hub sends; `npm test` so the tests read them.
 * Both listen on loopback only.
 */
export function startMailCatcher({ smtpPort, webPort }, opts = {}) {
  const child = startService(
    'mail',
    join(ROOT, 'node_modules', '.bin', 'maildev'),
    ['--smtp', String(smtpPort), '--ip', '127.0.0.1', '--web', String(webPort), '--web-ip', '127.0.0.1', '--max-emails', '500'],
    { cwd: ROOT, env: {}, ...opts },
  );
  return {
    child,
    url: `http://127.0.0.1:${webPort}`,
    api: `http://127.0.0.1:${webPort}/api`,
    cmsEnv: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort), SMTP_SECURE: 'false' },
  };
}
