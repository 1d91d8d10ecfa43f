import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

const OUTPUT = fileURLToPath(new URL('../output/', import.meta.url));

/** Debian's Chromium (`.ci/run` installs it); Playwright's own browsers cannot be downloaded here. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.LANTERN_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** True when the focused element matches `selector` (evaluated in the page). */
function focusedMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(`!!document.activeElement && document.activeElement.matches(${JSON.stringify(selector)})`);
}

/** Presses Tab (only the keyboard) until `selector` has focus. */
export async function tabTo(page: Page, selector: string, maxPresses = 80): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses++) {
    if (await focusedMatches(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** axe-core with the WCAG 2.0–2.2 A and AA rules: no violation allowed. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(summary).toEqual([]);
}

/** A full-page screenshot in `tests/e2e/output/<name>.png`, for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true });
  // From the top, so that fixed controls (Exit this page) appear where a visitor first sees them.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `${OUTPUT}${name}.png`, fullPage: true });
}

/** Each page visited: checked with axe, then photographed. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  await expectAccessible(page);
}
