import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditUrls } from '../src/audit.js';
import { parseSitemap } from '../src/sitemap.js';
import { serveFixtures } from './fixture-server.js';

const cli = new URL('../src/cli.js', import.meta.url).pathname;

// Asynchronous, so that this process can keep serving the fixtures the CLI requests.
const runCli = (args) => new Promise((resolve) => {
  execFile(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 180_000 }, (error, stdout, stderr) => {
    resolve({ status: error ? error.code : 0, stdout, stderr });
  });
});

describe('the audit proves it can fail', () => {
  let bad;
  let good;
  beforeAll(async () => {
    bad = await serveFixtures('bad');
    good = await serveFixtures('good');
  });
  afterAll(async () => {
    await bad?.close();
    await good?.close();
  });

  it('reports every known violation of the fixture, from each tool, and nothing on a clean right-to-left page', async () => {
    const [violations, clean] = await auditUrls([`${bad.url}/ar/bad`, `${good.url}/ar/good`]);
    const found = (tool) => violations.violations.filter((v) => v.tool === tool).map((v) => v.rule);
    expect(violations.error).toBeNull();
    expect(found('axe')).toEqual(expect.arrayContaining(['image-alt', 'label', 'color-contrast', 'link-name', 'html-has-lang']));
    expect(found('pa11y').join(' ')).toMatch(/1_1_1\.H37/);
    expect(found('pa11y').join(' ')).toMatch(/3_1_1\.H57/);
    expect(found('pa11y').join(' ')).toMatch(/1_4_3/);
    expect(found('reflow')).toEqual(['reflow-320']);
    expect(clean.error).toBeNull();
    expect(clean.violations).toEqual([]);
  }, 120_000);

  it('exits non-zero and names the violations in its report when a page fails', async () => {
    const out = mkdtempSync(join(tmpdir(), 'audit-'));
    const run = await runCli(['--site', bad.url, '--out', out]);
    expect(run.status).toBe(1);
    const report = readFileSync(join(out, 'report.md'), 'utf8');
    expect(report).toContain('/ar/bad');
    expect(report).toContain('image-alt');
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).summary.failing).toBe(1);
  }, 200_000);

  it('exits zero when every page in every locale is clean (the allowed case)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'audit-'));
    const run = await runCli(['--site', good.url, '--out', out]);
    expect(run.stdout + run.stderr).toMatch(/pages audited, 0 with problems/);
    expect(run.status).toBe(0);
  }, 200_000);
});

describe('sitemap reading', () => {
  it('reads the addresses, unescaping entities', () => {
    expect(parseSitemap('<urlset><url><loc>https://h/ar/events?a=1&amp;b=2</loc></url><url><loc> https://h/fr </loc></url></urlset>'))
      .toEqual(['https://h/ar/events?a=1&b=2', 'https://h/fr']);
  });
});
