import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { harnessPerSuite, RESULTS_DIR, SCREEN_THEMES, SCREEN_VIEWPORTS } from './harness';

const TASK = '#/doc/ask-member-state-for-information';
const CLOCK =
  '#/clock?limit=info-exchange-2023-977-urgent-direct&from=2026-12-03T14%3A20&zone=Europe%2FBrussels&other=Europe%2FLisbon';

/** Presses Tab until the focused element is the link or button with this exact text; fails after `max` presses. */
async function tabTo(page: Page, text: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === text) return;
  }
  throw new Error(`no focusable "${text}" within ${max} Tab presses`);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('tasks and the deadline clock in Chromium', () => {
  const harness = harnessPerSuite({ viewport: SCREEN_VIEWPORTS[0] });

  it('goes from home to the outcome of "ask another Member State for information" with the keyboard only, and on to its deadline', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/`);
    const tasks = page.getByRole('region', { name: 'I need to...' });
    await tasks.waitFor();
    // The entry points come before the sections.
    expect(await page.locator('main h2').allTextContents()).toSatisfy(
      (h: string[]) => h.indexOf('I need to...') < h.indexOf('Sections'),
    );
    await tabTo(page, 'Ask another Member State for information');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(TASK);
    const question = page.locator('.task-question h2');
    await expect
      .poll(() => question.textContent())
      .toMatch(/Question 1: Does a specific EU act already govern this exchange\?/);

    const answer = async (label: string, next: RegExp) => {
      await tabTo(page, label);
      await page.keyboard.press('Enter');
      // Focus moves to the next question (or the outcome) so the keyboard carries on from there.
      await expect.poll(() => focusedText(page)).toMatch(next);
    };
    await answer('No, it is an ordinary police request for information', /^Question 2: /);
    await answer(
      'No: it is information held by or available to the police there (I can ask for consent to use it as evidence)',
      /^Question 3: Is the request urgent\?/,
    );
    // Back one question and answer it again.
    await tabTo(page, 'Back one question');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toMatch(/^Question 2: /);
    await answer(
      'No: it is information held by or available to the police there (I can ask for consent to use it as evidence)',
      /^Question 3: /,
    );
    await answer(
      'Yes: one of those four grounds applies, and I can say which',
      /^Question 4: Is the information directly accessible/,
    );
    await answer(
      'Directly accessible (for example a police database)',
      /^What to do: Send an urgent request to the other state's SPOC/,
    );

    const outcome = page.getByRole('region', { name: /What to do/ });
    expect(await outcome.locator('.task-facts').textContent()).toMatch(
      /ChannelSingle Point of Contact \(SPOC\), over SIENA/,
    );
    expect(await outcome.locator('.task-facts').textContent()).toMatch(
      /Time limit8 hours from receipt of the request by the requested Single Point of Contact \(Art\. 5\(1\)\(a\)\)/,
    );
    expect(await page.locator('.task-progress li').count()).toBe(4);
    await page.screenshot({ path: join(RESULTS_DIR, 'task-outcome-keyboard.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, 'Work out the deadline');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toMatch(/^#\/clock\?limit=info-exchange-2023-977-urgent-direct&from=/);
    expect(await page.getByLabel('Time limit').inputValue()).toBe('info-exchange-2023-977-urgent-direct');
    await expect.poll(() => page.locator('.clock-limit').textContent()).toMatch(/Art\. 5\(1\)\(a\)/);

    // Start again from the outcome: back to question 1 with no answers.
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(TASK);
  });

  it('opens the clock from a bookmarked address and shows the due time in both zones, the time left and the article', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html${CLOCK}`);
    const due = page.locator('.clock-due');
    await due.waitFor();
    expect(await due.textContent()).toContain('Due in Europe/BrusselsThursday 3 December 2026, 22:20 (UTC+01:00)');
    expect(await due.textContent()).toContain('Due in Europe/LisbonThursday 3 December 2026, 21:20 (UTC+00:00)');
    expect(await page.locator('time').first().getAttribute('datetime')).toBe('2026-12-03T22:20:00+01:00');
    expect(await page.locator('.clock-limit').textContent()).toMatch(
      /ArticleArt\. 5\(1\)\(a\), Information Exchange Directive/,
    );
    expect(await page.locator('.clock-unit-note').textContent()).toMatch(/elapsed time/);

    // A change made with the keyboard lands in the address, so reloading (or bookmarking) keeps it.
    await page.getByLabel('Time limit').focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('limit=sis-missing-child-decision');
    await page.getByLabel('Time limit').selectOption('e-evidence-enforcement-recognition');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('limit=e-evidence-enforcement-recognition');
    await page.reload();
    await due.waitFor();
    // 5 working days from Thursday 3 December skip the weekend: Thursday 10 December.
    expect(await due.textContent()).toContain('Due in Europe/BrusselsThursday 10 December 2026, 14:20');
    expect(await page.locator('.clock-unit-note').textContent()).toMatch(/Public holidays are not counted/);
  });

  it('finds tasks by their words in search and in the command palette', async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/index.html#/search?q=hot%20pursuit%20border`);
    await page.getByRole('main').locator('a[href^="#/doc/hot-pursuit-across-border"]').first().waitFor();
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Go to a page, term or command' }).waitFor();
    await page.keyboard.type('information request');
    await expect
      .poll(() => page.getByRole('dialog').getByRole('option').first().textContent())
      .toMatch(/Ask another Member State for information/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(TASK);
  });

  for (const viewport of SCREEN_VIEWPORTS) {
    for (const theme of SCREEN_THEMES) {
      it(`shows home, a task question, an outcome and the clock tidily in ${theme} at ${viewport.width}x${viewport.height}`, async () => {
        const { page, origin } = harness;
        await page.goto('about:blank');
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        const shot = async (name: string) => {
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
          await page.screenshot({
            path: join(RESULTS_DIR, `tasks-${name}-${theme}-${viewport.width}x${viewport.height}.png`),
          });
        };
        await page.goto(`${origin}/index.html#/`);
        await page.locator('.task-cards').waitFor();
        await shot('home');
        await page.goto(`${origin}/index.html${TASK}`);
        await page.locator('.task-question').waitFor();
        await shot('question');
        await page.getByRole('button', { name: 'No, it is an ordinary police request for information' }).click();
        await page.getByRole('button', { name: /^No: it is information held/ }).click();
        await page.getByRole('button', { name: 'No', exact: true }).click();
        await page.locator('.task-outcome').waitFor();
        await shot('outcome');
        expect(await axeViolations(page)).toEqual([]);
        await page.goto(`${origin}/index.html${CLOCK}`);
        await page.locator('.clock-due').waitFor();
        await shot('clock');
        expect(await axeViolations(page)).toEqual([]);
      }, 120_000);
    }
  }
});
