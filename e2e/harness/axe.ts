import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

const blockingImpacts = new Set(['serious', 'critical']);

/** Each violation with up to three offending elements (their HTML), so a failure reads at a glance. */
export function describeViolations(violations: Violation[]): string {
  return violations
    .map((violation) => {
      const targets = violation.nodes
        .slice(0, 3)
        .map((node) => {
          const element = node.html.length > 140 ? `${node.html.slice(0, 140)}…` : node.html;
          return `      ${element}\n        ${node.failureSummary?.split('\n').join(' ') ?? ''}`;
        })
        .join('\n');
      return `  [${violation.impact}] ${violation.id}: ${violation.help}\n${targets}`;
    })
    .join('\n');
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the page as it is now and throws when any serious or
 * critical violation is found. `label` names the screen in the error.
 */
export async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const blocking = results.violations.filter((violation) => blockingImpacts.has(violation.impact ?? ''));
  if (blocking.length > 0) {
    throw new Error(
      `${blocking.length} serious or critical accessibility violation(s) on ${label}:\n${describeViolations(blocking)}`,
    );
  }
}
