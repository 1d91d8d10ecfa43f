import { EXAMPLE_INTAKE } from '@lantern/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkPage, launchChromium } from './support/browser.js';

const { web, api } = inject('e2e');
const run = Date.now().toString(36);
let browser: Browser;
const contexts: BrowserContext[] = [];

async function signedInPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'en-CA', timezoneId: 'America/Toronto' });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${web}/staff`);
  await page.locator('#password').waitFor();
  await page.fill('#username', 'coordinator@example.org');
  await page.fill('#password', 'lantern-local');
  await page.click('button[type=submit]');
  await page.waitForURL(`${web}/staff`);
  return page;
}

async function urgentClient(name: string): Promise<string> {
  const response = await fetch(`${api}/intakes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...EXAMPLE_INTAKE,
      preferredName: name,
      email: `${name.toLowerCase().replace(/\s+/g, '-')}@example.net`,
      safety: { immediateDanger: true, riskToOthers: false, thoughtsOfSelfHarm: false },
    }),
  });
  return ((await response.json()) as { clientId: string }).clientId;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('a coordinator following up an urgent client', () => {
  it.each([
    ['phone', { width: 360, height: 740 }],
    ['desktop', { width: 1280, height: 800 }],
  ])(
    'on a %s: sees how long they have waited, records a call, clears the flag with a reason',
    async (device, viewport) => {
      // Prepare
      const name = `Ari ${device} ${run}`;
      const clientId = await urgentClient(name);
      const page = await signedInPage(viewport);
      await page.goto(`${web}/staff/clients?urgent=true`);
      await page.locator('tbody tr').first().waitFor();
      // Oldest first among the urgent: page on until this client shows.
      while ((await page.locator('tbody tr', { hasText: name }).count()) === 0) {
        await page.getByRole('button', { name: 'Show more' }).click();
      }
      const row = await page.locator('tbody tr', { hasText: name }).textContent();
      await page.goto(`${web}/staff/clients/${clientId}`);
      await page.getByText('Why this request is urgent').waitFor();
      await checkPage(page, `20-follow-up-${device}`);

      // Act
      await page.getByLabel('Left a message').check();
      await page.fill('#attempt-note', 'Will call again after 6 pm');
      await page.getByRole('button', { name: 'Record attempt' }).click();
      await page.getByText('Contact attempt recorded.').waitFor();
      await page.getByRole('button', { name: 'Clear urgent flag' }).click();
      await page.getByText('Write a reason.').waitFor();
      await page.fill('#clear-reason', 'Reached on the second call; safe tonight');
      await page.getByRole('button', { name: 'Clear urgent flag' }).click();
      await page.getByText('The urgent flag is cleared.').waitFor();
      await checkPage(page, `21-follow-up-done-${device}`);

      // Assess
      expect(row).toMatch(/Waiting \d+ minutes?/);
      const history = await page.locator('.history li').allTextContents();
      expect(history[0]).toContain('Urgent flag cleared: Reached on the second call; safe tonight');
      expect(history[1]).toContain('Phone call: Left a message');
      expect(history[1]).toContain('Will call again after 6 pm');
      await expect(page.locator('h1 .badge--urgent').count()).resolves.toBe(0);
    },
  );
});
