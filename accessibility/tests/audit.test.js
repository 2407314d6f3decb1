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
const runCli = (args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 180_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? error.code : 0, stdout, stderr });
    });
  });

describe('the audit proves it can fail', () => {
  let bad;
  let good;
  let audited;
  const result = (path) => audited.find((r) => r.url === `${bad.url}${path}`);
  const found = (r, tool) => r.violations.filter((v) => v.tool === tool).map((v) => v.rule);

  beforeAll(async () => {
    bad = await serveFixtures('bad');
    good = await serveFixtures('good');
    // One run over every fixture: each run starts two browsers.
    audited = await auditUrls(['/ar/bad', '/ar/good', '/fr/redrawing', '/fr/redrawing?once', '/fr/drawing'].map((p) => `${bad.url}${p}`));
  }, 120_000);
  afterAll(async () => {
    await bad?.close();
    await good?.close();
  });

  it('reports every known violation of the fixture, from each tool, and nothing on a clean right-to-left page', () => {
    const violations = result('/ar/bad');
    const clean = result('/ar/good');
    expect(violations.error).toBeNull();
    expect(found(violations, 'axe')).toEqual(
      expect.arrayContaining(['image-alt', 'label', 'color-contrast', 'link-name', 'html-has-lang']),
    );
    expect(found(violations, 'pa11y').join(' ')).toMatch(/1_1_1\.H37/);
    expect(found(violations, 'pa11y').join(' ')).toMatch(/3_1_1\.H57/);
    expect(found(violations, 'pa11y').join(' ')).toMatch(/1_4_3/);
    expect(found(violations, 'reflow')).toEqual(['reflow-320']);
    expect(found(violations, 'media')).toEqual(['media-captions-transcript']);
    expect(violations.violations.find((v) => v.tool === 'media').targets.join(' ')).toMatch(/no captions in ar, fr.*no transcript/);
    expect(clean.error).toBeNull();
    expect(clean.violations).toEqual([]);
    expect(clean.retries).toEqual([]);
  });

  it('checks again a violation whose element left the page, and reports it by its HTML, never as :root', () => {
    const redrawing = result('/fr/redrawing');
    expect(redrawing.error).toBeNull();
    expect(redrawing.retries).toEqual([{ tool: 'axe', rule: 'target-size', persisted: true }]);
    const [violation] = redrawing.violations.filter((v) => v.rule === 'target-size');
    expect(violation).toMatchObject({ tool: 'axe', retried: true, count: 1 });
    expect(violation.nodes).toEqual([{ selector: null, html: expect.stringContaining('aria-label="Atelier de lecture"') }]);
    expect(violation.targets).toEqual([expect.stringContaining('<button type="button" class="marker"')]);
    expect(JSON.stringify(redrawing.violations)).not.toContain(':root');
  });

  it('drops a violation that was only an artefact of a redraw once the page has settled', () => {
    const once = result('/fr/redrawing?once');
    expect(once.error).toBeNull();
    expect(once.retries).toEqual([{ tool: 'axe', rule: 'target-size', persisted: false }]);
    expect(once.violations).toEqual([]);
  });

  it('waits for a page that says it is busy drawing before auditing it', () => {
    const drawing = result('/fr/drawing');
    expect(drawing.error).toBeNull();
    expect(drawing.violations).toEqual([]);
  });

  it('exits non-zero and names the violations in its report when a page fails, in full mode', async () => {
    const out = mkdtempSync(join(tmpdir(), 'audit-'));
    // The sitemap's pages only: the hub's extra states would add dozens of clean pages to a test of failing.
    const run = await runCli(['--site', bad.url, '--out', out, '--full', '--states', 'none']);
    expect(run.status).toBe(1);
    const report = readFileSync(join(out, 'report.md'), 'utf8');
    expect(report).toContain('/ar/bad');
    expect(report).toContain('image-alt');
    expect(report).toContain('Mode: **full**');
    const json = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(json.mode).toBe('full');
    expect(json.summary.failing).toBe(1);
    expect(json.templates.filter((t) => t.kind === 'state')).toEqual([]);
  }, 200_000);

  it('audits each template and state in every locale with a sample of instances, and exits zero when all are clean', async () => {
    const out = mkdtempSync(join(tmpdir(), 'audit-'));
    const run = await runCli(['--site', good.url, '--out', out]);
    expect(run.stdout + run.stderr).toMatch(/pages audited \(sample mode, \d+ s\), 0 with problems/);
    expect(run.status).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(json.mode).toBe('sample');
    expect(json.templates.find((t) => t.template === '/{lang}/things/{slug}')).toEqual({
      template: '/{lang}/things/{slug}',
      kind: 'page',
      instances: { ar: 4, fr: 4 },
      audited: { ar: 3, fr: 3 },
    });
    expect(json.templates.filter((t) => t.kind === 'state').every((t) => t.audited.ar === 1 && t.audited.fr === 1)).toBe(true);
    expect(json.results.map((r) => new URL(r.url).pathname)).not.toContain('/ar/things/two');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('| `/{lang}/things/{slug}` | 3 of 4 | 3 of 4 |');
  }, 200_000);

  it('refuses to vouch for a locale the sitemap has no page in', async () => {
    const run = await runCli(['--site', good.url, '--out', mkdtempSync(join(tmpdir(), 'audit-')), '--locales', 'ar,fr,es']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no page in es/);
  });
});

describe('sitemap reading', () => {
  it('reads the addresses, unescaping named and numeric entities', () => {
    expect(
      parseSitemap(
        '<urlset><url><loc>https://h/ar/events?a=1&amp;b=2</loc></url><url><loc> https://h/fr?x=1&#38;y=2 </loc></url></urlset>',
      ),
    ).toEqual(['https://h/ar/events?a=1&b=2', 'https://h/fr?x=1&y=2']);
  });
});
