#!/usr/bin/env node
// `npm run bench`: boots a seeded CMS and the built site on loopback and measures, in one run,
// request rates as ratios to a trivial endpoint of the same process, what each page weighs on
// the wire (the cheap-phone budget), and the memory each service holds. Shared machines are
// noisy: read the ratios and sizes, not the absolute rates.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS } from '../accessibility/src/chromium.js';
import { buildCms, buildSite } from './lib/build.mjs';
import { checkNode, ensureChromium, ensureDependencies, freshSecrets } from './lib/setup.mjs';
import { startCms, startSite, stopAll } from './lib/services.mjs';
import { step, waitForHttp } from './lib/steps.mjs';

const CMS = 'http://127.0.0.1:1537';
const SITE = 'http://127.0.0.1:3200';
const work = mkdtempSync(join(tmpdir(), 'hub-bench-'));
const children = [];

/** Requests per second over a fixed number of requests, `concurrency` at a time. */
async function rate(url, total = 300, concurrency = 4) {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < total) {
        const res = await fetch(url);
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${url} answered ${res.status}`);
      }
    }),
  );
  return total / ((performance.now() - t0) / 1000);
}

const rssMb = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024;

try {
  checkNode();
  await step('Installing dependencies', ensureDependencies);
  await step('Compiling the CMS', () => buildCms({ admin: false }));
  await step('Building the site', buildSite);
  const cms = startCms(
    {
      ...freshSecrets(),
      ADMIN_EMAIL: 'bench@hub.localhost',
      ADMIN_PASSWORD: `Bench-${randomBytes(12).toString('base64url')}`,
      HOST: '127.0.0.1',
      PORT: '1537',
      SERVE_ADMIN_PANEL: 'false',
      DATABASE_FILENAME: join(work, 'bench.db'),
    },
    { quiet: true },
  );
  const site = startSite({ PORT: '3200', HOST: '127.0.0.1', ORIGIN: SITE, CMS_URL: CMS }, { quiet: true });
  children.push(cms, site);
  await step('Starting the stack', async () => {
    await waitForHttp(`${CMS}/_health`, { child: cms, timeoutMs: 180000 });
    await waitForHttp(`${SITE}/healthz`, { child: site });
  });

  const event = '/fr/events/adapted-sport-day-kouilma';
  const targets = [
    ['site /healthz (baseline)', `${SITE}/healthz`],
    ['site static file', `${SITE}/favicon.svg`],
    ['site /fr (home)', `${SITE}/fr`],
    ['site /fr/events', `${SITE}/fr/events`],
    ['site /fr/events filtered', `${SITE}/fr/events?neighbourhood=kouilma&category=sport&access=wheelchair&free=1`],
    ['site event page', `${SITE}${event}`],
    ['cms /api/events (list shape)', `${CMS}/api/events?locale=fr`],
  ];
  for (const [, url] of targets) await rate(url, 20); // warm up
  const rates = [];
  for (const [name, url] of targets) rates.push([name, await rate(url)]);
  const base = rates[0][1];
  console.log('\nRequest rates (4 at a time, 300 requests each), as a share of the site baseline:');
  for (const [name, r] of rates) console.log(`  ${name.padEnd(34)} ${(r / base).toFixed(3).padStart(7)}   (${r.toFixed(0)} req/s)`);

  console.log('\nPage weight on the wire (gzip, as the proxy sends it), loaded by Chromium on a 360 px phone:');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: await ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of ['/ar', '/ar/events', event, '/ar/associations']) {
      const bodies = [];
      const onResponse = (r) => {
        if (/\.js(\?|$)/.test(r.url())) bodies.push(r.body().catch(() => Buffer.alloc(0)));
      };
      page.on('response', onResponse);
      await page.goto(`${SITE}${path}`, { waitUntil: 'networkidle' });
      page.off('response', onResponse);
      const html = Buffer.from(await (await fetch(`${SITE}${path}`)).arrayBuffer());
      const js = (await Promise.all(bodies)).reduce((sum, b) => sum + gzipSync(b).length, 0);
      console.log(
        `  ${path.padEnd(42)} HTML ${(gzipSync(html).length / 1024).toFixed(1).padStart(5)} KB   JavaScript ${(js / 1024).toFixed(1).padStart(5)} KB`,
      );
    }
  } finally {
    await browser.close();
  }

  console.log('\nMemory held after the run (RSS):');
  console.log(`  site ${rssMb(site.pid).toFixed(0)} MB, cms ${rssMb(cms.pid).toFixed(0)} MB`);
} finally {
  await stopAll(children);
  rmSync(work, { recursive: true, force: true });
}
