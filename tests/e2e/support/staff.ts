import { randomUUID } from 'node:crypto';
import { EXAMPLE_INTAKE, EXAMPLE_PEER, type IntakeRequestInput, type PeerInputBody } from '@lantern/contracts';
import type { Page } from 'playwright-core';
import { checkPage, screenshot } from './browser.js';

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/** Signs in on the local sign-in page as a seeded staff account and waits for the staff home. */
export async function signIn(page: Page, web: string, username = 'coordinator@example.org'): Promise<void> {
  await page.goto(`${web}/staff`);
  await page.locator('#password').waitFor();
  await page.fill('#username', username);
  await page.fill('#password', 'lantern-local');
  await page.click('button[type=submit]');
  await page.waitForURL(`${web}/staff`);
}

/** The page checked (axe) and photographed on a phone and on a desktop; it is left at `end`. */
export async function checkBothSizes(page: Page, name: string, end = PHONE): Promise<void> {
  await resize(page, PHONE);
  await checkPage(page, `${name}-360`);
  await resize(page, DESKTOP);
  await checkPage(page, `${name}-desktop`);
  await resize(page, end);
}

/** A new size, and two frames for layout and charts (which redraw on resize) to follow. */
async function resize(page: Page, size: typeof PHONE): Promise<void> {
  await page.setViewportSize(size);
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
}

async function post<T>(api: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${api}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function staffToken(api: string, username = 'coordinator@example.org'): Promise<string> {
  return (await post<{ access_token: string }>(api, '/_local/token', { username })).access_token;
}

/** A client sends an intake, as the public form does. */
export function submitIntake(api: string, overrides: Partial<IntakeRequestInput>): Promise<{ clientId: string }> {
  return post(api, '/intakes', { ...EXAMPLE_INTAKE, ...overrides }, { 'idempotency-key': randomUUID() });
}

export function createPeer(api: string, token: string, overrides: Partial<PeerInputBody>): Promise<{ peerId: string }> {
  return post(api, '/peers', { ...EXAMPLE_PEER, ...overrides }, { authorization: `Bearer ${token}` });
}

export function confirmMatch(api: string, token: string, clientId: string, peerId: string): Promise<unknown> {
  return post(api, '/matches', { clientId, peerId }, { authorization: `Bearer ${token}` });
}

/**
 * Reloads until `selector` shows: suggestions follow an intake through the bus, a moment later.
 * Each try gives the page a few seconds to load (the dev server is slow on a busy machine).
 */
export async function reloadUntil(page: Page, selector: string, timeoutMs = 40_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await page.locator(selector).first().waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        await screenshot(page, 'failed-reload-until');
        throw error;
      }
      await page.reload();
    }
  }
}
