#!/usr/bin/env node
// `npm test`: every test of every workspace, then the accessibility audit of the built site
// backed by a freshly seeded CMS. Builds once and boots the stack once for all browser tests.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCms, buildSite } from './lib/build.mjs';
import { harnessEnv, startPostgres } from './lib/postgres.mjs';
import { checkNode, ensureChromium, ensureDependencies, ensureLiblouis, freshSecrets, ROOT } from './lib/setup.mjs';
import { startMailCatcher } from './lib/mail.mjs';
import { ensureNginx, startNginx } from './lib/nginx.mjs';
import { startCms, startSite, stopAll } from './lib/services.mjs';
import { run, step, StepError, waitForHttp } from './lib/steps.mjs';
import { testClock } from './lib/test-clock.mjs';

const CMS_PORT = 1437;
const SITE_PORT = 3100;
// The production proxy in front of the test stack (site/e2e/proxy.test.ts), and its admin side.
const PROXY_PORTS = { proxyPort: 3180, adminPort: 3181 };
const MAIL_PORTS = { smtpPort: 1126, webPort: 1181 };
const work = mkdtempSync(join(tmpdir(), 'hub-test-'));
const children = [];
const totals = { passed: 0, failed: 0 };
const failures = [];
let stopping = false;

const vitest = join(ROOT, 'node_modules', '.bin', 'vitest');

/** Runs one vitest suite and adds its counts to the totals; a failing suite does not stop the others. */
async function suite(name, workspace, args = [], env = {}) {
  const report = join(work, `${name.replace(/\W+/g, '-')}.json`);
  try {
    await step(name, () =>
      run(vitest, ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], {
        cwd: join(ROOT, workspace),
        env,
      }),
    );
  } catch {
    failures.push(name);
  }
  try {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    if (r.numTotalTests === 0) failures.push(`${name} (ran no test)`);
  } catch {
    totals.failed += 1;
  }
}

/**
 * The CMS integration tests again on PostgreSQL, production's database, on a cluster that lives
 * only as long as the suite. Without PostgreSQL they are skipped, except on CI, where that fails.
 */
async function cmsSuiteOnPostgres() {
  const name = 'CMS integration tests on PostgreSQL (Strapi in-process)';
  let pg;
  try {
    pg = await step('Looking for PostgreSQL and starting a throw-away cluster', async () => {
      const started = await startPostgres();
      if (started.reason && /^(true|1)$/i.test(process.env.CI ?? '')) {
        throw new StepError(
          `no PostgreSQL on CI: ${started.reason}`,
          'run CI as root on Debian with apt-get, or install postgresql in the image',
        );
      }
      return started;
    });
  } catch {
    totals.failed += 1;
    failures.push(name);
    return;
  }
  if (pg.reason) {
    console.log(`\n⚠ CMS integration tests on PostgreSQL skipped: ${pg.reason}`);
    return;
  }
  try {
    await suite(name, 'cms', ['tests/'], harnessEnv(pg.settings));
  } finally {
    await pg.stop();
  }
}

async function main() {
  await step('Checking Node.js', async () => checkNode());
  await step('Installing dependencies', ensureDependencies);
  const chrome = await step('Finding Chromium', ensureChromium);
  // The braille tests compare liblouis's output with golden files: skipped without it, except on CI.
  const louis = await step('Looking for liblouis (braille files)', ensureLiblouis);
  if (louis) console.log(`\n⚠ braille translation tests skipped: ${louis}`);
  process.env.CHROME_PATH = chrome;
  // Strapi's build loads the CMS's configuration, which refuses to load without its secrets.
  const secrets = freshSecrets();
  // With its admin panel: site/e2e/admin-panel.test.ts signs in to it in a browser.
  await step('Building the CMS and its admin panel (first time: about a minute)', () => buildCms({ admin: true, env: secrets }));
  await step('Building the site', buildSite);

  try {
    // Type errors and Svelte's own accessibility warnings block a change.
    await step('Type, Svelte and lint checks (svelte-check --fail-on-warnings, tsc, ESLint, Prettier)', () =>
      run('npm', ['run', 'check'], { cwd: ROOT }),
    );
    totals.passed += 1;
  } catch {
    totals.failed += 1;
    failures.push('type, Svelte and lint checks');
  }
  await suite('Site unit and contract tests', 'site');
  await suite('CMS integration tests on SQLite (Strapi in-process)', 'cms');
  await cmsSuiteOnPostgres();
  await suite('Audit self-test (fixture with known violations)', 'accessibility');

  const admin = { ADMIN_EMAIL: 'editor-test@hub.localhost', ADMIN_PASSWORD: `Test-${secrets.JWT_SECRET.slice(0, 16)}` };
  const cmsUrl = `http://127.0.0.1:${CMS_PORT}`;
  const siteUrl = `http://127.0.0.1:${SITE_PORT}`;
  const HUB_CLOCK = await testClock();
  const mail = startMailCatcher(MAIL_PORTS, { quiet: true });
  children.push(mail.child);
  // The site caches the CMS's answers and the CMS's webhook drops what changes: the browser tests
  // (site/e2e/invalidation.test.ts among them) run with both, as production does.
  const REVALIDATE_SECRET = `revalidate-${secrets.JWT_SECRET.slice(0, 24)}`;
  const cms = startCms(
    {
      ...secrets,
      ...admin,
      HOST: '127.0.0.1',
      PORT: String(CMS_PORT),
      SERVE_ADMIN_PANEL: 'true',
      HUB_CLOCK,
      SITE_URL: siteUrl,
      REVALIDATE_SECRET,
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: join(work, 'stack.db'),
      ATTACHMENTS_DIR: join(work, 'attachments'),
      ...mail.cmsEnv,
    },
    { quiet: true },
  );
  children.push(cms);
  const site = startSite(
    {
      PORT: String(SITE_PORT),
      HOST: '127.0.0.1',
      ORIGIN: siteUrl,
      CMS_URL: cmsUrl,
      HUB_CLOCK,
      PREVIEW_SECRET: secrets.PREVIEW_SECRET,
      REVALIDATE_SECRET,
      // As a replica of several would: the one that hears the webhook tells the others, here itself.
      REVALIDATE_PEERS: `127.0.0.1:${SITE_PORT}`,
      ADMIN_ORIGIN: cmsUrl,
    },
    { quiet: true },
  );
  children.push(site);
  try {
    await step('Starting the seeded CMS and the built site', async () => {
      await waitForHttp(`${mail.api}/healthz`, { child: mail.child, name: 'the mail catcher' });
      await waitForHttp(`${cmsUrl}/_health`, { child: cms, name: 'the CMS', timeoutMs: 180000 });
      await waitForHttp(`${siteUrl}/healthz`, { child: site, name: 'the site' });
    });
  } catch (error) {
    console.error(cms.recentOutput(), site.recentOutput());
    throw error;
  }

  // nginx with the production proxy's configuration in front of the site: the browser tests check
  // that it never hands one visitor's personal page to another. Skipped without nginx, except on CI.
  let proxyUrl;
  try {
    proxyUrl = await step('Starting nginx with the production proxy configuration', async () => {
      const { nginx, reason } = await ensureNginx();
      if (!nginx) {
        if (/^(true|1)$/i.test(process.env.CI ?? '')) {
          throw new StepError(`no nginx on CI: ${reason}`, 'run CI as root on Debian with apt-get, or install nginx-light in the image');
        }
        console.log(`  ⚠ the proxy's browser tests are skipped: ${reason}`);
        return undefined;
      }
      const proxy = startNginx(nginx, {
        dir: join(work, 'nginx'),
        site: `127.0.0.1:${SITE_PORT}`,
        cms: `127.0.0.1:${CMS_PORT}`,
        ...PROXY_PORTS,
      });
      children.push(proxy);
      const url = `http://127.0.0.1:${PROXY_PORTS.proxyPort}`;
      await waitForHttp(`${url}/healthz`, { child: proxy, name: 'nginx' });
      return url;
    });
  } catch {
    totals.failed += 1;
    failures.push('nginx in front of the test stack');
  }

  // A service that dies mid-run would otherwise show up only as pages that refuse connections.
  for (const [name, child] of [
    ['CMS', cms],
    ['site', site],
  ]) {
    child.once('exit', (code, signal) => {
      if (stopping) return;
      failures.push(`the ${name} stopped during the run (${signal ?? `exit ${code}`})`);
      console.error(`\n✖ The ${name} of the test stack stopped (${signal ?? `exit ${code}`}). Its last output:\n${child.recentOutput()}`);
    });
  }

  // One sign-in of the super administrator for every browser test (site/e2e/admin-api.ts signIn):
  // Strapi refuses a sixth sign-in of one address within five minutes.
  const login = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.ADMIN_EMAIL, password: admin.ADMIN_PASSWORD }),
  });
  const HUB_ADMIN_TOKEN = login.ok ? (await login.json()).data.token : undefined;
  const stackEnv = {
    HUB_SITE_URL: siteUrl,
    HUB_CMS_URL: cmsUrl,
    HUB_MAIL_URL: mail.api,
    ...admin,
    CHROME_PATH: chrome,
    HUB_CLOCK,
    REVALIDATE_SECRET,
    ...(HUB_ADMIN_TOKEN ? { HUB_ADMIN_TOKEN } : {}),
    ...(proxyUrl ? { HUB_PROXY_URL: proxyUrl } : {}),
  };
  await suite('End-to-end tests in Chromium', 'site', ['--config', 'vitest.e2e.config.ts'], stackEnv);
  try {
    await step('Accessibility audit of every template and state in both locales (axe-core, pa11y)', () =>
      run(process.execPath, ['src/cli.js', '--site', siteUrl, '--out', join(ROOT, 'accessibility', 'reports')], {
        cwd: join(ROOT, 'accessibility'),
        env: stackEnv,
      }),
    );
    totals.passed += 1;
  } catch {
    totals.failed += 1;
    failures.push('accessibility audit (see accessibility/reports/report.md)');
  }
}

let crashed = false;
try {
  await main();
} catch (error) {
  crashed = true;
  if (!error.fix) console.error(error);
} finally {
  stopping = true;
  await stopAll(children);
  rmSync(work, { recursive: true, force: true });
}

console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(crashed || failures.length || totals.failed ? 1 : 0);
