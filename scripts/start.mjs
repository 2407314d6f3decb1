#!/usr/bin/env node
// `npm start`: installs, configures, builds and runs the hub (CMS on 1337, site on 3000) on SQLite
// with the demo city. Stops both services on Ctrl-C.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCms, buildSite } from './lib/build.mjs';
import { checkNode, ensureDependencies, ensureLiblouis, ensureLocalEnv, ROOT } from './lib/setup.mjs';
import { startMailCatcher } from './lib/mail.mjs';
import { startCms, startSite, stopAll } from './lib/services.mjs';
import { step, StepError, waitForHttp } from './lib/steps.mjs';

/** What the site's server reads (site/src/lib/server/env.ts); the rest of .env is the CMS's. */
// PREVIEW_SECRET: the site checks the CMS's signed preview links with the same secret.
const SITE_SETTINGS = ['CMS_API_TOKEN', 'CMS_TIMEOUT_MS', 'MAP_TILE_URL', 'MAP_TILE_ATTRIBUTION', 'PREVIEW_SECRET', 'REVALIDATE_SECRET'];
const children = [];
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping the hub…');
  await stopAll(children);
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

try {
  await step('Checking Node.js', async () => checkNode());
  await step('Installing dependencies (first time: about 3 minutes)', ensureDependencies);
  const louis = await step('Looking for liblouis (braille files)', ensureLiblouis);
  if (louis) console.log(`  ⚠ braille files will answer 503 until liblouis is installed: ${louis}`);
  const { env, created } = await step('Preparing the local configuration (.env)', async () => ensureLocalEnv());
  if (created) console.log('  wrote .env with fresh secrets and a first administrator password');
  // The environment wins over .env, as the README says, for both services.
  const settings = { ...env, ...process.env };
  const CMS_PORT = Number(settings.CMS_PORT ?? 1337);
  const SITE_PORT = Number(settings.PORT ?? 3000);
  await step('Building the CMS and its admin panel (first time: about a minute)', () => buildCms({ admin: true, env: settings }));
  await step('Building the site', buildSite);

  // Without an SMTP server of one's own, e-mail goes to a local mailbox whose page shows it.
  const mail = settings.SMTP_HOST
    ? null
    : startMailCatcher(
        { smtpPort: Number(settings.MAIL_SMTP_PORT ?? 1025), webPort: Number(settings.MAIL_WEB_PORT ?? 1080) },
        { quiet: true },
      );
  if (mail) {
    children.push(mail.child);
    await step('Starting the local mailbox (MailDev)', () =>
      waitForHttp(`${mail.api}/healthz`, { child: mail.child, name: 'the mailbox' }),
    );
  }

  const cmsUrl = `http://127.0.0.1:${CMS_PORT}`;
  // The CMS's webhook tells the site what changed, so the site may keep the CMS's answers for
  // minutes instead of seconds. Both processes start together: a fresh secret each start is enough.
  settings.REVALIDATE_SECRET ??= randomBytes(24).toString('base64url');
  // Only the site's server talks to the CMS: it listens on loopback, whatever HOST says.
  const cms = startCms({
    ...settings,
    HOST: '127.0.0.1',
    PORT: String(CMS_PORT),
    DATABASE_CLIENT: settings.DATABASE_CLIENT ?? 'sqlite',
    DATABASE_FILENAME: settings.DATABASE_FILENAME ?? join(ROOT, 'cms', '.tmp', 'data.db'),
    ...(mail?.cmsEnv ?? {}),
    // With the local mailbox, the programme team's notices of new applications land there too.
    ...(mail && !settings.STAFF_EMAIL ? { STAFF_EMAIL: 'programme@hub.localhost' } : {}),
    // Where the admin panel's "Open preview" leads.
    SITE_URL: settings.SITE_URL ?? settings.ORIGIN ?? `http://localhost:${SITE_PORT}`,
    REVALIDATE_URL: settings.REVALIDATE_URL ?? `http://127.0.0.1:${SITE_PORT}/internal/revalidate`,
  });
  children.push(cms);
  await step('Starting the CMS (first start seeds the demo city)', () =>
    waitForHttp(`${cmsUrl}/_health`, { child: cms, name: 'the CMS', timeoutMs: 180000 }),
  );

  const site = startSite({
    ...Object.fromEntries(SITE_SETTINGS.filter((k) => settings[k] !== undefined).map((k) => [k, settings[k]])),
    PORT: String(SITE_PORT),
    HOST: settings.HOST ?? '0.0.0.0',
    ORIGIN: settings.ORIGIN ?? `http://localhost:${SITE_PORT}`,
    CMS_URL: cmsUrl,
    // The admin panel frames previews of drafts; the site allows that frame to it alone.
    ADMIN_ORIGIN: settings.ADMIN_ORIGIN ?? `http://localhost:${CMS_PORT}`,
  });
  children.push(site);
  await step('Starting the site', () => waitForHttp(`http://127.0.0.1:${SITE_PORT}/healthz`, { child: site, name: 'the site' }));

  for (const [name, child] of [['CMS', cms], ['site', site], ...(mail ? [['mailbox', mail.child]] : [])]) {
    child.once('exit', (code) => {
      if (stopping) return;
      console.error(`\n✖ The ${name} stopped unexpectedly (exit ${code}). Stopping the other service.`);
      shutdown(1);
    });
  }

  const { locales } = JSON.parse(readFileSync(join(ROOT, 'site', 'project.inlang', 'settings.json'), 'utf8'));
  const languages = new Intl.DisplayNames(['en'], { type: 'language' });
  console.log(`
The hub is running.
  Site:          http://localhost:${SITE_PORT}   (${locales.map((l) => `${languages.of(l)}: /${l}`).join(', ')})
  Admin panel:   http://localhost:${CMS_PORT}/admin
                 sign in as ${env.ADMIN_EMAIL ?? '(see .env)'} with the password ADMIN_PASSWORD in .env
  Mailbox:       ${mail ? `${mail.url.replace('127.0.0.1', 'localhost')}   (every e-mail the hub sends: account confirmations, receipts, decisions)` : `sent through ${settings.SMTP_HOST}`}
Press Ctrl-C to stop both.`);
} catch (error) {
  if (!(error instanceof StepError) && !error.fix) console.error(error);
  await stopAll(children);
  process.exit(1);
}
