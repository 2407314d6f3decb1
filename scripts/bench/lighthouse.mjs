// Lighthouse's mobile scores (performance, accessibility, SEO) of each public page type in both
// locales, for `npm run bench`. Lighthouse drives its own Chromium over the DevTools protocol: the
// hub starts Debian's Chromium with the closed-network flags every browser of the hub uses and
// hands Lighthouse its port. Lighthouse always exits without error: the scores are what counts.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../../accessibility/src/chromium.js';
import { getText } from './http.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'seo'];
export const GOALS = { performance: 95, accessibility: 100, seo: 100 };
const LOCALES = ['fr', 'ar'];
const DEBUG_PORT = 9333;
// Lighthouse's own advice: scores move between runs on a busy machine; report the median of several.
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
// Account pages are personal and kept out of search engines on purpose (noindex): SEO is not asked of them.
const PERSONAL = new Set(['sign in']);

/** The first link to a record from a list page, e.g. the first association of the directory. */
async function firstLink(site, locale, list) {
  const html = await getText(`${site}/${locale}/${list}`);
  const match = html.match(new RegExp(`href="(/${locale}/${list}/[a-z0-9-]+)"`));
  return match?.[1];
}

/**
 * Every public page type once, in one locale: the lists, one record of each kind (the first the
 * list links to), the event's easy-read version, and the account's sign-in page.
 */
async function pageTypes(site, locale, event) {
  const pages = [
    ['home', `/${locale}`],
    ['events list', `/${locale}/events`],
    ['event', `/${locale}/events/${event}`],
    ['event, easy read', `/${locale}/events/${event}/easy-read`],
    ['associations', `/${locale}/associations`],
    ['association', await firstLink(site, locale, 'associations')],
    ['heritage', `/${locale}/heritage`],
    ['heritage point', await firstLink(site, locale, 'heritage')],
    ['bodies', `/${locale}/bodies`],
    ['body', await firstLink(site, locale, 'bodies')],
    ['plan', undefined],
    ['progress', `/${locale}/progress`],
    ['calls', `/${locale}/calls`],
    ['call', await firstLink(site, locale, 'calls')],
    ['needs', `/${locale}/needs`],
    ['formats', `/${locale}/formats`],
    ['accessibility statement', `/${locale}/accessibility`],
    ['sign in', `/${locale}/account/sign-in`],
  ];
  // A plan is reached from its body's page, not from a list of its own.
  const body = pages.find(([kind]) => kind === 'body')[1];
  const bodyHtml = body ? await getText(`${site}${body}`) : '';
  pages.find(([kind]) => kind === 'plan')[1] = bodyHtml.match(new RegExp(`href="(/${locale}/plans/[a-z0-9-]+)"`))?.[1];
  return pages.filter(([, path]) => path);
}

async function startChromium(chromePath) {
  const profile = mkdtempSync(join(tmpdir(), 'hub-lighthouse-'));
  const child = spawn(
    chromePath,
    [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`, `--user-data-dir=${profile}`, 'about:blank'],
    {
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 100; i++) {
    try {
      await getText(`http://127.0.0.1:${DEBUG_PORT}/json/version`);
      return {
        // Chromium writes its profile until it has exited: wait for that before removing it.
        async stop() {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill();
          await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
          rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
        },
      };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error('Chromium did not open its DevTools port for Lighthouse');
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One Lighthouse run: scores 0–100 and the audits that cost points in accessibility and SEO. */
async function runOnce(lighthouse, url) {
  const result = await lighthouse(url, {
    port: DEBUG_PORT,
    onlyCategories: CATEGORIES,
    logLevel: 'error',
    output: 'json',
    // The scores do not need the page's pictures, which take seconds each run.
    disableFullPageScreenshot: true,
  });
  const lhr = result?.lhr;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr?.categories[c]?.score ?? 0) * 100)]));
  const failing = ['accessibility', 'seo'].flatMap((c) =>
    (lhr?.categories[c]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
  );
  return { scores, failing, error: lhr?.runtimeError?.message };
}

/**
 * Runs Lighthouse (its default: a mid-range phone on a slow 4G network, simulated) on each page
 * type in both locales, RUNS times each. Returns one row per page with the median of each score
 * and the audits that cost points in any run, so a miss says what to fix.
 */
export async function lighthouseScores(site, { chromePath, event }) {
  const { default: lighthouse } = await import('lighthouse');
  const chromium = await startChromium(chromePath);
  const rows = [];
  try {
    for (const locale of LOCALES) {
      for (const [kind, path] of await pageTypes(site, locale, event)) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await runOnce(lighthouse, `${site}${path}`));
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))]));
        rows.push({
          kind,
          locale,
          path,
          personal: PERSONAL.has(kind),
          ...scores,
          failing: [...new Set(runs.flatMap((r) => r.failing))],
          error: runs.find((r) => r.error)?.error,
        });
      }
    }
  } finally {
    // The scores are in hand: a profile that will not go away must not lose them.
    await chromium.stop().catch((e) => console.warn(`  ⚠ Chromium's profile for Lighthouse was not removed: ${e.message}`));
  }
  return rows;
}

export { RUNS as LIGHTHOUSE_RUNS };

/** Whether every page meets every goal (SEO only for the pages meant for search engines). */
export function lighthouseMet(rows) {
  return rows.length > 0 && rows.every((r) => !r.error && CATEGORIES.every((c) => (c === 'seo' && r.personal) || r[c] >= GOALS[c]));
}
