import { AxeBuilder } from '@axe-core/playwright';

/** The WCAG success criteria the hub promises: 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on a loaded Playwright page. No rule is disabled; if one ever must be, add it
 * here with the reason and a link, so the exception is visible in review.
 */
export async function runAxe(page) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => ({
    tool: 'axe',
    rule: v.id,
    impact: v.impact,
    message: v.help,
    help: v.helpUrl,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    count: v.nodes.length,
  }));
}
