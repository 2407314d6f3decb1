#!/usr/bin/env node
// Audits the hub: by default every route template in every locale and state, with a few
// instances of each; with --full every page of the sitemap. Exits 1 on any violation, 2 when the
// audit could not vouch for a locale or a template.
// Usage: node src/cli.js --site http://127.0.0.1:3000 [--out reports] [--full] [--sample 3] [--states hub|none]
// --states none audits the sitemap's pages only: the hub's extra states (not found, rejected
// filters, account pages…) are addresses of the hub, meaningless on another site.
import { parseArgs } from 'node:util';
import { auditUrls } from './audit.js';
import { SITE_LOCALES } from './locales.js';
import { templateCounts, writeReport } from './report.js';
import { signedInAssociation } from './session.js';
import { EXTRA_STATES, fetchSitemap, SIGNED_IN_STATES } from './sitemap.js';
import { DEFAULT_SAMPLE_SIZE, emptyLocales, planAudit, unaudited } from './templates.js';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: process.env.HUB_SITE_URL ?? 'http://127.0.0.1:3000' },
    out: { type: 'string', default: 'reports' },
    concurrency: { type: 'string', default: '2' },
    locales: { type: 'string', default: SITE_LOCALES.join(',') },
    full: { type: 'boolean', default: false },
    sample: { type: 'string', default: String(DEFAULT_SAMPLE_SIZE) },
    states: { type: 'string', default: 'hub' },
  },
});

const started = Date.now();
const site = values.site.replace(/\/$/, '');
const locales = values.locales.split(',');
const sampleSize = Number(values.sample);
if (!Number.isInteger(sampleSize) || sampleSize < 1) {
  console.error(`--sample must be a whole number of at least 1, not ${values.sample}.`);
  process.exit(2);
}
if (!['hub', 'none'].includes(values.states)) {
  console.error(`--states must be hub or none, not ${values.states}.`);
  process.exit(2);
}
const withStates = values.states === 'hub';
// The sitemap carries the public origin; audit the instance we were pointed at.
const sitemap = (await fetchSitemap(site)).map((u) => {
  const p = new URL(u);
  return `${site}${p.pathname}${p.search}`;
});
// The pages of a signed-in association need an account, which the test stack can make (session.js).
const { HUB_CMS_URL: cms, HUB_MAIL_URL: mail } = process.env;
const cookies = withStates && cms && mail ? await signedInAssociation({ site, cms, mail }) : [];
if (withStates && !cookies.length)
  console.warn('Note: HUB_CMS_URL and HUB_MAIL_URL are not both set: the pages of a signed-in association are not audited.');
const signedIn = cookies.length ? SIGNED_IN_STATES : [];
const plan = planAudit({
  sitemap,
  states: withStates ? [...EXTRA_STATES, ...signedIn] : [],
  base: site,
  locales,
  full: values.full,
  sampleSize,
});
const personal = new Set(signedIn.flatMap((s) => locales.map((l) => `${site}${s.replaceAll('{lang}', l)}`)));

const empty = emptyLocales(plan, locales);
if (empty.length) {
  console.error(`The sitemap lists no page in ${empty.join(', ')}: the audit would prove nothing for it.`);
  process.exit(2);
}
const missing = unaudited(plan);
if (missing.length) {
  console.error(`No page would be audited for: ${missing.map((m) => `${m.template} (${m.locale})`).join(', ')}.`);
  process.exit(2);
}
for (const t of plan.templates.filter((x) => x.kind === 'page')) {
  const absent = locales.filter((l) => !t.instances[l]?.length);
  if (absent.length) console.warn(`Note: the sitemap lists ${t.template} in no page of ${absent.join(', ')}.`);
}

const { urls } = plan;
console.log(`Auditing ${urls.length} pages of ${site} (${plan.mode} mode: ${plan.templates.length} templates and states)…`);
let done = 0;
const options = {
  concurrency: Number(values.concurrency),
  onResult: (r) => {
    done += 1;
    const bad = r.error ? `error: ${r.error}` : r.violations.length ? `${r.violations.length} violation(s)` : 'ok';
    const retried = r.retries.length
      ? ` (checked again: ${r.retries.map((x) => `${x.rule} ${x.persisted ? 'still there' : 'gone'}`).join(', ')})`
      : '';
    if (bad !== 'ok' || retried || done % 25 === 0 || done === urls.length)
      console.log(`  [${done}/${urls.length}] ${new URL(r.url).pathname}${new URL(r.url).search} ${bad}${retried}`);
  },
};
const results = [
  ...(await auditUrls(
    urls.filter((u) => !personal.has(u)),
    options,
  )),
  ...(await auditUrls(
    urls.filter((u) => personal.has(u)),
    { ...options, cookies },
  )),
];
const summary = writeReport(results, values.out, {
  site,
  date: new Date(started).toISOString(),
  durationMs: Date.now() - started,
  mode: plan.mode,
  sampleSize,
  templates: templateCounts(plan),
});
console.log(
  `${summary.pages} pages audited (${plan.mode} mode, ${Math.round((Date.now() - started) / 1000)} s), ${summary.failing} with problems. Report: ${values.out}/report.md`,
);
process.exit(summary.failing > 0 ? 1 : 0);
