import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function summarize(results) {
  const failing = results.filter((r) => r.violations.length > 0 || r.error);
  const byTool = {};
  for (const r of results) for (const v of r.violations) byTool[v.tool] = (byTool[v.tool] ?? 0) + 1;
  const retried = results.reduce((n, r) => n + (r.retries?.length ?? 0), 0);
  return { pages: results.length, failing: failing.length, byTool, retried };
}

const MODES = {
  sample: (size) =>
    `every route template and state in every locale, and up to ${size} instances of each (first, middle, last in sitemap order)`,
  full: () => 'every page of the sitemap, and every state, in every locale',
};

/** The plan's templates as the report lists them: how many instances exist and how many were audited, per locale. */
export function templateCounts(plan) {
  return plan.templates.map((t) => ({
    template: t.template,
    kind: t.kind,
    instances: Object.fromEntries(Object.entries(t.instances).map(([l, urls]) => [l, urls.length])),
    audited: Object.fromEntries(Object.entries(t.audited).map(([l, urls]) => [l, urls.length])),
  }));
}

function templateTable(templates, locales) {
  const cell = (t, l) =>
    t.instances[l] === undefined ? '—' : t.audited[l] === t.instances[l] ? `${t.audited[l]}` : `${t.audited[l]} of ${t.instances[l]}`;
  return [
    `| Template | ${locales.join(' | ')} |`,
    `|---|${locales.map(() => '---:').join('|')}|`,
    ...templates.map((t) => `| \`${t.template}\`${t.kind === 'state' ? ' (state)' : ''} | ${locales.map((l) => cell(t, l)).join(' | ')} |`),
  ];
}

/**
 * Writes report.json (for machines) and report.md (for people) into `dir`. `meta` may carry the
 * mode, the sample size, the templates with their counts (`templateCounts`) and the duration.
 */
export function writeReport(results, dir, meta = {}) {
  mkdirSync(dir, { recursive: true });
  const summary = summarize(results);
  writeFileSync(join(dir, 'report.json'), JSON.stringify({ ...meta, summary, results }, null, 2));
  const lines = [
    '# Accessibility audit',
    '',
    `${meta.site ? `Site: ${meta.site}. ` : ''}Run: ${meta.date ?? new Date().toISOString()}.${meta.durationMs !== undefined ? ` Took ${Math.round(meta.durationMs / 1000)} s.` : ''}`,
    ...(meta.mode ? [`Mode: **${meta.mode}**: ${MODES[meta.mode](meta.sampleSize)}.`] : []),
    'Checks: axe-core (WCAG 2.0, 2.1, 2.2 A and AA), pa11y HTML_CodeSniffer (WCAG2AA errors), videos captioned in every locale with a transcript, reflow at 320 px; each on the settled page, with reduced motion.',
    '',
    `**${summary.pages} pages audited, ${summary.failing} with problems.**`,
    '',
  ];
  if (meta.templates) {
    const locales = [...new Set(meta.templates.flatMap((t) => Object.keys(t.instances)))];
    lines.push('## Templates', '', ...templateTable(meta.templates, locales), '');
  }
  const retried = results.filter((r) => r.retries?.length);
  if (retried.length) {
    lines.push(
      '## Checked again after the page settled',
      '',
      'axe could not locate these nodes the first time (the page changed while it ran); the rule ran again once.',
      '',
    );
    for (const r of retried)
      for (const x of r.retries) lines.push(`- ${r.url}: ${x.tool} \`${x.rule}\`: ${x.persisted ? 'still there' : 'gone'}`);
    lines.push('');
  }
  for (const r of results.filter((x) => x.violations.length || x.error)) {
    lines.push(`## ${r.url}`, '');
    if (r.error) lines.push(`- Could not be audited: ${r.error}`);
    for (const v of r.violations) {
      lines.push(
        `- **${v.tool}** \`${v.rule}\` (${v.impact}, ${v.count}×${v.retried ? ', seen again after the page settled' : ''}): ${v.message}${v.help ? ` — ${v.help}` : ''}`,
      );
      for (const t of v.targets.filter(Boolean)) lines.push(`  - \`${t.replaceAll('`', "'")}\``);
    }
    lines.push('');
  }
  if (summary.failing === 0) lines.push('No violations found.', '');
  writeFileSync(join(dir, 'report.md'), lines.join('\n'));
  return summary;
}
