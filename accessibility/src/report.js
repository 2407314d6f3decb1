import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function summarize(results) {
  const failing = results.filter((r) => r.violations.length > 0 || r.error);
  const byTool = {};
  for (const r of results) for (const v of r.violations) byTool[v.tool] = (byTool[v.tool] ?? 0) + 1;
  return { pages: results.length, failing: failing.length, byTool };
}

/** Writes report.json (for machines) and report.md (for people) into `dir`. */
export function writeReport(results, dir, meta = {}) {
  mkdirSync(dir, { recursive: true });
  const summary = summarize(results);
  writeFileSync(join(dir, 'report.json'), JSON.stringify({ ...meta, summary, results }, null, 2));
  const lines = [
    '# Accessibility audit',
    '',
    `${meta.site ? `Site: ${meta.site}. ` : ''}Run: ${meta.date ?? new Date().toISOString()}.`,
    `Checks: axe-core (WCAG 2.0, 2.1, 2.2 A and AA), pa11y HTML_CodeSniffer (WCAG2AA errors), reflow at 320 px.`,
    '',
    `**${summary.pages} pages audited, ${summary.failing} with problems.**`,
    '',
  ];
  for (const r of results.filter((x) => x.violations.length || x.error)) {
    lines.push(`## ${r.url}`, '');
    if (r.error) lines.push(`- Could not be audited: ${r.error}`);
    for (const v of r.violations) {
      lines.push(`- **${v.tool}** \`${v.rule}\` (${v.impact}, ${v.count}×): ${v.message}${v.help ? ` — ${v.help}` : ''}`);
      for (const t of v.targets.filter(Boolean)) lines.push(`  - \`${t}\``);
    }
    lines.push('');
  }
  if (summary.failing === 0) lines.push('No violations found.', '');
  writeFileSync(join(dir, 'report.md'), lines.join('\n'));
  return summary;
}
