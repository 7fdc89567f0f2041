import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

type AxeRun = (context: unknown, options: unknown) => Promise<AxeResult>;

/**
 * Runs axe-core (WCAG 2 A/AA rules) in the page, or only inside `include` (an open dialog: the
 * page behind its mask is not what the user reads); returns the serious and critical violations.
 */
export async function seriousViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') does not block it.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ selector, tags }) => {
      const run = (window as unknown as { axe: { run: AxeRun } }).axe.run;
      const result = await run(selector ? { include: [selector] } : document, {
        runOnly: { type: 'tag', values: tags },
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => String(n.target)),
      }));
    },
    { selector: include ?? null, tags: WCAG_AA },
  );
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
