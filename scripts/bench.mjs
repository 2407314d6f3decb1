#!/usr/bin/env node
// `npm run bench` (never part of `npm test`): how the hub holds up with a large city, measured
// side by side in one run on this machine. It boots a fresh CMS on a temporary SQLite file with
// the demo city and a few generated events, then grows it into a large generated city (BENCHMARK
// DATA: 10,000 events over a year, 2,000 associations, 500 heritage points, 50,000 comments;
// cms/src/seed/bench-city.ts), and at each size measures with autocannon, at fixed concurrency
// and duration: the site's pages, the CMS's own list, the same HTML as a static file from the
// site's Node server and from nginx, and the site through the production proxy configuration.
// Then the compressed weight of each page type, each service's memory, and the targets of
// issue 12 with whether each is met. Shared machines are noisy: read the ratios, not the rates.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { CHROMIUM_ARGS } from '../accessibility/src/chromium.js';
import { buildCms, buildSite } from './lib/build.mjs';
import { checkNode, ensureChromium, ensureDependencies, freshSecrets, ROOT } from './lib/setup.mjs';
import { startCms, startSite, stopAll } from './lib/services.mjs';
import { step, waitForHttp } from './lib/steps.mjs';
import { getText, wireBytes } from './bench/http.mjs';
import { CATEGORIES, GOALS, LIGHTHOUSE_RUNS, lighthouseMet, lighthouseScores } from './bench/lighthouse.mjs';
import { ensureNginx, startNginx } from './lib/nginx.mjs';

const CONNECTIONS = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PORTS = { cms: 1537, site: 3200, proxy: 8280, admin: 8281, static: 8282 };
const CMS = `http://127.0.0.1:${PORTS.cms}`;
const SITE = `http://127.0.0.1:${PORTS.site}`;
const PROXY = `http://127.0.0.1:${PORTS.proxy}`;
const STATIC = `http://127.0.0.1:${PORTS.static}`;
// The production heap cap of the site (docker-compose.yml, SITE_HEAP_MB).
const SITE_HEAP_MB = 192;
const SIZES = [
  { name: 'small', city: 'events=10,associations=0,heritage=0,comments=0' },
  // BENCH_LARGE_CITY: a smaller large city while working on this script.
  { name: 'large', city: process.env.BENCH_LARGE_CITY ?? 'events=10000,associations=2000,heritage=500,comments=50000' },
];
const EVENT = '/fr/events/adapted-sport-day-kouilma';
const STATIC_NAME = 'bench-events.html';

const work = mkdtempSync(join(tmpdir(), 'hub-bench-'));
const staticCopy = join(ROOT, 'site', 'build', 'client', STATIC_NAME);
const children = [];

const rssMb = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024;

/** One autocannon run; `paths` cycles through addresses, one per request, to measure without any cache. */
async function load(url, paths) {
  let i = 0;
  const opts = { url, connections: CONNECTIONS, duration: SECONDS };
  if (paths) opts.requests = [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }];
  const r = await autocannon(opts);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

async function totalEvents() {
  return JSON.parse(await getText(`${CMS}/api/events?locale=fr&pagination[pageSize]=1`)).meta.pagination.total;
}

const secrets = freshSecrets();
const REVALIDATE_SECRET = randomBytes(24).toString('base64url');
const dbFile = join(work, 'bench.db');

function bootCms(city) {
  return startCms(
    {
      ...secrets,
      ADMIN_EMAIL: 'bench@hub.localhost',
      ADMIN_PASSWORD: `Bench-${randomBytes(12).toString('base64url')}`,
      HOST: '127.0.0.1',
      PORT: String(PORTS.cms),
      SERVE_ADMIN_PANEL: 'false',
      DATABASE_FILENAME: dbFile,
      SITE_URL: SITE,
      REVALIDATE_SECRET,
      SEED_BENCH_CITY: city,
      // The CMS refuses to start in production without a mail server; nothing is sent during the benchmark.
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: '9',
    },
    { quiet: true },
  );
}

function bootSite() {
  return startSite(
    {
      PORT: String(PORTS.site),
      HOST: '127.0.0.1',
      ORIGIN: SITE,
      CMS_URL: CMS,
      REVALIDATE_SECRET,
      NODE_OPTIONS: `--max-old-space-size=${SITE_HEAP_MB}`,
    },
    { quiet: true },
  );
}

/** Every day of the coming year as a `from` filter: each request a list nobody asked for yet. */
const uncachedPaths = Array.from({ length: 360 }, (_, d) => {
  const day = new Date(Date.now() + (d + 1) * 86400_000).toISOString().slice(0, 10);
  return `/fr/events?from=${day}`;
});

async function measure(size, nginx) {
  const cms = bootCms(size.city);
  children.push(cms);
  await step(`Starting the CMS with the ${size.name} city (the large one takes minutes to generate)`, () =>
    waitForHttp(`${CMS}/_health`, { child: cms, name: 'the CMS', timeoutMs: 900_000 }),
  );
  let site = bootSite();
  children.push(site);
  await step('Starting the site', () => waitForHttp(`${SITE}/healthz`, { child: site, name: 'the site' }));
  const events = await totalEvents();

  // The same HTML as the events page, as a file served by the site's own Node server (which lists
  // its files when it starts: started again) and by nginx.
  const html = await getText(`${SITE}/fr/events`);
  writeFileSync(staticCopy, html);
  await stopAll([site]);
  site = bootSite();
  children.push(site);
  await step('Starting the site again with the static copy', () => waitForHttp(`${SITE}/healthz`, { child: site, name: 'the site' }));
  const staticDir = join(work, 'static');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, STATIC_NAME), html);
  let proxy;
  if (nginx) {
    proxy = startNginx(nginx, {
      dir: join(work, `nginx-${size.name}`),
      site: `127.0.0.1:${PORTS.site}`,
      cms: `127.0.0.1:${PORTS.cms}`,
      proxyPort: PORTS.proxy,
      adminPort: PORTS.admin,
      staticPort: PORTS.static,
      staticDir,
    });
    children.push(proxy);
    await waitForHttp(`${STATIC}/${STATIC_NAME}`, { child: proxy, name: 'nginx' });
  }

  const targets = [
    ['site: static file (same HTML)', `${SITE}/${STATIC_NAME}`],
    ['site: /fr/events (cached)', `${SITE}/fr/events`],
    ['site: /fr/events filtered (cached)', `${SITE}/fr/events?category=sport&free=1&access=wheelchair`],
    ['site: event page (cached)', `${SITE}${EVENT}`],
    ['site: /fr/events, nothing cached', SITE, uncachedPaths],
    ['cms: /api/events?locale=fr', `${CMS}/api/events?locale=fr`],
    ...(nginx
      ? [
          ['nginx: static file (same HTML)', `${STATIC}/${STATIC_NAME}`],
          ['proxy: /fr/events (nginx cache)', `${PROXY}/fr/events`],
        ]
      : []),
  ];
  const rows = [];
  for (const [name, url, paths] of targets) {
    await getText(paths ? `${url}${paths[paths.length - 1]}` : url); // warm
    rows.push({ name, ...(await step(`${size.name}: ${name}`, () => load(url, paths))) });
  }
  const memory = { site: rssMb(site.pid), cms: rssMb(cms.pid) };
  return { events, rows, memory, stop: () => stopAll([site, cms, proxy].filter(Boolean)) };
}

async function weights() {
  const pages = [
    ['home', '/fr'],
    ['events list', '/fr/events'],
    ['event', EVENT],
    ['associations', '/fr/associations'],
    ['heritage', '/fr/heritage'],
    ['bodies', '/fr/bodies'],
    ['progress', '/fr/progress'],
  ];
  const out = [];
  // The map's payload: every event of the coming year, asked for the first time (nothing cached).
  const t0 = performance.now();
  const points = JSON.parse(await getText(`${SITE}/fr/events/points.json`)).points.length;
  const firstMs = performance.now() - t0;
  const mapRaw = await wireBytes(`${SITE}/fr/events/points.json`);
  const mapGz = await wireBytes(`${SITE}/fr/events/points.json`, 'gzip');
  const mapBr = await wireBytes(`${SITE}/fr/events/points.json`, 'gzip, deflate, br');
  out.map = { points, firstMs, raw: mapRaw.bytes, gzip: mapGz.bytes, br: mapBr.bytes };
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: await ensureChromium(), args: CHROMIUM_ARGS });
  try {
    for (const [kind, path] of pages) {
      const raw = await wireBytes(`${SITE}${path}`);
      const gz = await wireBytes(`${SITE}${path}`, 'gzip');
      const br = await wireBytes(`${SITE}${path}`, 'gzip, deflate, br');
      // JavaScript as a phone downloads it; the events page also on a wide screen, where the map shows at once.
      const js = {};
      for (const [label, width] of [
        ['phone', 360],
        ['wide', 1280],
      ]) {
        if (label === 'wide' && kind !== 'events list') continue;
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        const sizes = [];
        page.on('response', (r) => {
          if (/\.js(\?|$)/.test(r.url()))
            sizes.push(
              r
                .request()
                .sizes()
                .then((s) => s.responseBodySize),
            );
        });
        await page.goto(`${SITE}${path}`, { waitUntil: 'networkidle' });
        if (label === 'wide')
          await page
            .locator('#event-map[aria-busy="false"]')
            .waitFor({ timeout: 60_000 })
            .catch(() => undefined);
        await page.waitForLoadState('networkidle');
        js[label] = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
        await page.close();
      }
      out.push({ kind, path, raw: raw.bytes, gzip: gz.bytes, br: br.bytes, brEncoding: br.encoding, js });
    }
  } finally {
    await browser.close();
  }
  return out;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');

function report({ small, large, weight, lh, nginxReason }) {
  const at = (m, name) => m.rows.find((r) => r.name === name);
  const lines = [];
  const p = (s = '') => lines.push(s);
  p(`# Benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  p();
  p(
    `${CONNECTIONS} connections, ${SECONDS} s per address, autocannon; site heap capped at ${SITE_HEAP_MB} MB; SQLite. ` +
      `Small city: ${small.events} events (fr). Large city: ${large.events} events (fr), 2,000 associations, 500 heritage points, 50,000 comments (generated benchmark data).`,
  );
  p();
  p('| address | city | req/s | median ms | p99 ms | errors |');
  p('|---|---|---:|---:|---:|---:|');
  for (const [label, m] of [
    ['small', small],
    ['large', large],
  ])
    for (const r of m.rows) p(`| ${r.name} | ${label} | ${fmt(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${r.errors} |`);
  p();
  const targets = [];
  const ratio = (name, value, goal, cmp, note = '') =>
    targets.push({ name, value, goal, met: Number.isFinite(value) ? (cmp === '>=' ? value >= goal : value <= goal) : false, cmp, note });
  const ev = (m) => at(m, 'site: /fr/events (cached)');
  ratio('events page (cached) / CMS /api/events, req/s', ev(large).rps / at(large, 'cms: /api/events?locale=fr').rps, 3, '>=');
  ratio(
    'events page / static file from the same Node server, req/s',
    ev(large).rps / at(large, 'site: static file (same HTML)').rps,
    0.4,
    '>=',
  );
  if (at(large, 'proxy: /fr/events (nginx cache)'))
    ratio(
      'through the caching proxy / nginx static file, req/s',
      at(large, 'proxy: /fr/events (nginx cache)').rps / at(large, 'nginx: static file (same HTML)').rps,
      0.8,
      '>=',
    );
  else
    targets.push({
      name: 'through the caching proxy / nginx static file',
      value: NaN,
      goal: 0.8,
      met: false,
      cmp: '>=',
      note: nginxReason,
    });
  ratio(
    'events page median latency, large / small city (cached)',
    Math.max(ev(large).p50, 1) / Math.max(ev(small).p50, 1),
    1.5,
    '<=',
    'medians under 1 ms count as 1 ms',
  );
  ratio(
    'events page median latency, large / small city (nothing cached)',
    at(large, 'site: /fr/events, nothing cached').p50 / at(small, 'site: /fr/events, nothing cached').p50,
    1.5,
    '<=',
  );
  const list = weight.find((w) => w.kind === 'events list');
  const noMap = weight.filter((w) => w.kind !== 'events list' && w.kind !== 'heritage');
  ratio('JavaScript on pages without a map (phone), KB', Math.max(...noMap.map((w) => w.js.phone)) / 1024, 0, '<=');
  ratio('JavaScript of the events page with its map (wide screen), KB', list.js.wide / 1024, 100, '<=');
  ratio('HTML of the events list, gzip, KB', list.gzip / 1024, 30, '<=');
  ratio('site memory after the large run (RSS), MB', large.memory.site, 256, '<=');
  p('| target | value | goal | met |');
  p('|---|---:|---:|---|');
  for (const t of targets)
    p(`| ${t.name} | ${fmt(t.value, 2)} | ${t.cmp} ${t.goal} | ${t.met ? 'yes' : 'no'}${t.note ? ` (${t.note})` : ''} |`);
  const lowest = (c) => Math.min(...lh.filter((r) => c !== 'seo' || !r.personal).map((r) => r[c]));
  p(
    `| Lighthouse mobile, lowest of ${lh.length} pages (performance / accessibility / SEO) | ${CATEGORIES.map(lowest).join(' / ')} | ${CATEGORIES.map((c) => GOALS[c]).join(' / ')} | ${lighthouseMet(lh) ? 'yes' : 'no'}${lh.find((r) => r.error) ? ` (${lh.find((r) => r.error).error})` : ''} |`,
  );
  p();
  p('Weight of each page type (large city; HTML on the wire; JavaScript as transferred, compressed):');
  p();
  p('| page | HTML raw | gzip | brotli | JS phone | JS wide |');
  p('|---|---:|---:|---:|---:|---:|');
  for (const w of weight)
    p(
      `| ${w.kind} (\`${w.path}\`) | ${kb(w.raw)} | ${kb(w.gzip)} | ${kb(w.br)} | ${kb(w.js.phone)} | ${w.js.wide !== undefined ? kb(w.js.wide) : '–'} |`,
    );
  if (weight.map)
    p(
      `| map payload (\`/fr/events/points.json\`, ${weight.map.points} markers, first answer in ${fmt(weight.map.firstMs)} ms) | ${kb(weight.map.raw)} | ${kb(weight.map.gzip)} | ${kb(weight.map.br)} | – | – |`,
    );
  p();
  p(
    `Lighthouse 12, mobile (simulated mid-range phone on slow 4G), large city; performance / accessibility / SEO, the median of ${LIGHTHOUSE_RUNS} runs. ` +
      'Account pages are kept out of search engines on purpose (noindex), so SEO is not asked of them:',
  );
  p();
  p('| page | fr | ar | what costs points |');
  p('|---|---:|---:|---|');
  for (const kind of [...new Set(lh.map((r) => r.kind))]) {
    const cell = (locale) => {
      const r = lh.find((x) => x.kind === kind && x.locale === locale);
      return r ? (r.error ? `error: ${r.error}` : CATEGORIES.map((c) => r[c]).join(' / ')) : '–';
    };
    const failing = [...new Set(lh.filter((r) => r.kind === kind).flatMap((r) => r.failing))];
    const personal = lh.some((r) => r.kind === kind && r.personal) ? ' (personal, noindex)' : '';
    p(`| ${kind}${personal} | ${cell('fr')} | ${cell('ar')} | ${failing.join(', ') || '–'} |`);
  }
  p();
  p(
    `Memory after each run (RSS): small city site ${fmt(small.memory.site)} MB, CMS ${fmt(small.memory.cms)} MB; large city site ${fmt(large.memory.site)} MB, CMS ${fmt(large.memory.cms)} MB.`,
  );
  return lines.join('\n');
}

try {
  checkNode();
  await step('Installing dependencies', ensureDependencies);
  await step('Compiling the CMS', () => buildCms({ admin: false }));
  await step('Building the site', buildSite);
  const { nginx, reason: nginxReason } = await step('Looking for nginx', ensureNginx);
  if (!nginx) console.log(`\n⚠ the proxy rows are skipped: ${nginxReason}`);

  const small = await measure(SIZES[0], nginx);
  await small.stop();
  const large = await measure(SIZES[1], nginx);
  const weight = await step('Weighing each page type', weights);
  // Last, and never at the cost of what was measured before it: a failure is said in the table.
  const lh = await step('Lighthouse on each page type in both locales', async () =>
    lighthouseScores(SITE, { chromePath: await ensureChromium(), event: EVENT.split('/').pop() }),
  ).catch((e) => [{ kind: 'Lighthouse', locale: 'fr', path: '', error: e.message, failing: [] }]);
  await large.stop();

  const text = report({ small, large, weight, lh, nginxReason });
  console.log(`\n${text}\n`);
  const dir = join(ROOT, 'scripts', 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}.md`);
  writeFileSync(file, `${text}\n`);
  console.log(`Written to ${file}`);
} catch (error) {
  for (const child of children) if (child.recentOutput) console.error(child.recentOutput());
  throw error;
} finally {
  await stopAll(children);
  rmSync(staticCopy, { force: true });
  rmSync(work, { recursive: true, force: true });
}
