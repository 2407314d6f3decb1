#!/usr/bin/env node
// Audits every page of the hub's sitemap in every locale, plus the error and empty states, and
// exits non-zero on any violation. Usage: node src/cli.js --site http://127.0.0.1:3000 [--out reports]
import { parseArgs } from 'node:util';
import { auditUrls } from './audit.js';
import { SITE_LOCALES } from './locales.js';
import { writeReport } from './report.js';
import { EXTRA_STATES, fetchSitemap } from './sitemap.js';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: process.env.HUB_SITE_URL ?? 'http://127.0.0.1:3000' },
    out: { type: 'string', default: 'reports' },
    concurrency: { type: 'string', default: '2' },
    locales: { type: 'string', default: SITE_LOCALES.join(',') },
  },
});

const site = values.site.replace(/\/$/, '');
const sitemap = await fetchSitemap(site);
// The sitemap carries the public origin; audit the instance we were pointed at.
const urls = [
  ...sitemap.map((u) => { const p = new URL(u); return `${site}${p.pathname}${p.search}`; }),
  ...values.locales.split(',').flatMap((lang) => EXTRA_STATES.map((s) => `${site}${s.replace('{lang}', lang)}`)),
];
const locales = values.locales.split(',');
for (const lang of locales) {
  if (!urls.some((u) => new URL(u).pathname.startsWith(`/${lang}`))) {
    console.error(`The sitemap lists no page in ${lang}: the audit would prove nothing for it.`);
    process.exit(2);
  }
}

console.log(`Auditing ${urls.length} pages of ${site}…`);
let done = 0;
const results = await auditUrls(urls, {
  concurrency: Number(values.concurrency),
  onResult: (r) => {
    done += 1;
    const bad = r.error ? `error: ${r.error}` : r.violations.length ? `${r.violations.length} violation(s)` : 'ok';
    if (bad !== 'ok' || done % 25 === 0 || done === urls.length) console.log(`  [${done}/${urls.length}] ${new URL(r.url).pathname}${new URL(r.url).search} ${bad}`);
  },
});
const summary = writeReport(results, values.out, { site, date: new Date().toISOString() });
console.log(`${summary.pages} pages audited, ${summary.failing} with problems. Report: ${values.out}/report.md`);
process.exit(summary.failing > 0 ? 1 : 0);
