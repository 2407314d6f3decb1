import { AxeBuilder } from '@axe-core/playwright';
import { waitForSettled } from './settle.js';

/** The WCAG success criteria the hub promises: 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** How much of an element's HTML a report shows when no selector can point at it. */
const HTML_LIMIT = 300;

/**
 * axe names a node it could not find in the document at the end of its run (the page removed or
 * replaced it meanwhile) `:root`, or `:root > …`: a selector that points at nothing.
 */
const lostTarget = (target) => target.some((part) => typeof part === 'string' && part.startsWith(':root'));

/** The nodes of each violation that nobody could find from the report: lost by axe, or gone from the page since. */
async function findLostNodes(page, violations) {
  const simple = [
    ...new Set(violations.flatMap((v) => v.nodes.filter((n) => !lostTarget(n.target) && n.target.length === 1).map((n) => n.target[0]))),
  ];
  const present = simple.length
    ? await page.evaluate(
        (selectors) =>
          selectors.filter((s) => {
            try {
              return document.querySelector(s) !== null;
            } catch {
              return false;
            }
          }),
        simple,
      )
    : [];
  const found = new Set(present);
  return new Map(
    violations.map((v) => [v, v.nodes.filter((n) => lostTarget(n.target) || (n.target.length === 1 && !found.has(n.target[0])))]),
  );
}

const shorten = (html) => (html.length > HTML_LIMIT ? `${html.slice(0, HTML_LIMIT)}…` : html);

function toFinding(violation, lost, retried) {
  const nodes = violation.nodes.map((n) =>
    lost.includes(n) ? { selector: null, html: shorten(n.html ?? '') } : { selector: n.target.join(' '), html: shorten(n.html ?? '') },
  );
  return {
    tool: 'axe',
    rule: violation.id,
    impact: violation.impact,
    message: violation.help,
    help: violation.helpUrl,
    // A selector where there is one; otherwise the element's own HTML, never a bare `:root`.
    targets: nodes.slice(0, 5).map((n) => n.selector ?? `not in the page when reported: ${n.html}`),
    nodes: nodes.slice(0, 20),
    count: violation.nodes.length,
    ...(retried ? { retried: true } : {}),
  };
}

/**
 * Runs axe-core on a loaded, settled Playwright page. A violation whose nodes cannot be located
 * was most likely caught while the page redrew: its rules run once more after the page settles
 * again, and what remains is reported with the elements' HTML. `retries` records each rule run
 * again and whether its violation was still there, so a flaky page shows in the report.
 *
 * No rule is disabled; if one ever must be, add it here with the reason and a link, so the
 * exception is visible in review.
 */
export async function runAxe(page, { settle = () => waitForSettled(page) } = {}) {
  const analyze = (rules) => {
    const builder = new AxeBuilder({ page });
    return (rules ? builder.withRules(rules) : builder.withTags(AXE_TAGS)).analyze();
  };
  const first = (await analyze()).violations;
  const lostFirst = await findLostNodes(page, first);
  const suspects = new Set(first.filter((v) => lostFirst.get(v).length > 0).map((v) => v.id));
  if (suspects.size === 0) return { violations: first.map((v) => toFinding(v, [])), retries: [] };

  await settle();
  const again = (await analyze([...suspects])).violations;
  const lostAgain = await findLostNodes(page, again);
  return {
    violations: [
      ...first.filter((v) => !suspects.has(v.id)).map((v) => toFinding(v, lostFirst.get(v))),
      ...again.map((v) => toFinding(v, lostAgain.get(v), true)),
    ],
    retries: [...suspects].map((rule) => ({ tool: 'axe', rule, persisted: again.some((v) => v.id === rule) })),
  };
}
