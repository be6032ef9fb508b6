import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe-core violation, reduced to what a failing test needs to say. */
export interface AxeViolation {
  id: string;
  help: string;
  targets: string[];
}

/**
 * Runs every axe-core rule that is not experimental (WCAG 2.x A and AA, and best practices such as "region":
 * all content inside landmarks) on the page as it is now and returns its violations, of any impact.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // The app's CSP refuses inline scripts (so page.addScriptTag would be blocked); evaluating through
  // the DevTools protocol injects axe without weakening the policy under test.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.flatMap((n) => n.target.map(String)),
    }));
  });
}
