import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkBothSizes, confirmMatch, createPeer, PHONE, signIn, staffToken, submitIntake } from './support/staff.js';

const { web, api } = inject('e2e');
const run = Date.now().toString(36);
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const clientEmail = `camille-${run}@example.net`;

let browser: Browser;
let token: string;
let clientId: string;
let matchId: string;

async function apiCall<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

const bookOverHttp = (start: string, repeat?: { weekly: true; count: number }) =>
  apiCall<{ sessions: { sessionId: string }[] }>('POST', '/sessions', {
    matchId,
    start,
    durationMinutes: 60,
    modality: 'video',
    ...(repeat ? { repeat } : {}),
  });

/** The intake reaches matching through the bus a moment later: confirm once it has. */
async function matchOnceReady(client: string, peerId: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return ((await confirmMatch(api, token, client, peerId)) as { matchId: string }).matchId;
    } catch (error) {
      if (Date.now() > deadline || !String(error).includes('404')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** The first open time of the match, once scheduling has its projection of the match. */
async function firstOpenTime(timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const from = new Date().toISOString().slice(0, 10);
  for (;;) {
    const answer = await apiCall<{ items: { start: string }[] }>(
      'GET',
      `/matches/${matchId}/slots?from=${from}&weeks=2&duration=60`,
    );
    const [first] = answer.status === 200 ? answer.body.items : [];
    if (first) return first.start;
    if (Date.now() > deadline) throw new Error(`No open time for the match (${answer.status})`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The client's link from their message about the session (the page's path, whatever the origin). */
async function linkPathFromEmail(address: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { items } = (await (await fetch(`${api}/_local/emails`)).json()) as {
      items: { to: string[]; text: string }[];
    };
    const link = items
      .filter((email) => email.to.includes(address))
      .map((email) => /\/s\/[A-Za-z0-9._~%-]+/.exec(email.text)?.[0])
      .find(Boolean);
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No session link emailed to ${address} within ${timeoutMs} ms`);
}

beforeAll(async () => {
  const { launchChromium } = await import('./support/browser.js');
  browser = await launchChromium();
  token = await staffToken(api);
  // A Toronto peer free on weekday working hours; a London client who chose French at intake.
  const { peerId } = await createPeer(api, token, {
    displayName: `Robin ${run}`,
    email: `robin-${run}@example.org`,
    timeZone: 'America/Toronto',
    availability: weekdays.map((day) => ({ day, start: '09:00', end: '17:00' })),
  });
  ({ clientId } = await submitIntake(api, {
    preferredName: `Camille ${run}`,
    email: clientEmail,
    timeZone: 'Europe/London',
    locale: 'fr',
    languages: ['fr', 'en'],
    availability: weekdays.map((day) => ({ day, start: '14:00', end: '20:00' })),
  }));
  matchId = await matchOnceReady(clientId, peerId);
  expect((await bookOverHttp(await firstOpenTime(), { weekly: true, count: 2 })).status).toBe(201);
});

afterAll(async () => {
  await browser?.close();
});

describe("the session link in the client's language", () => {
  it('opens in French for a French client, in an English-speaking browser, with the exit and crisis lines in French', async () => {
    // Prepare
    const context = await browser.newContext({ viewport: PHONE, locale: 'en-CA', timezoneId: 'America/Toronto' });
    const visit = await context.newPage();
    const path = await linkPathFromEmail(clientEmail);

    // Act
    await visit.goto(`${web}${path}`);
    await visit.getByRole('heading', { name: 'Votre prochaine séance' }).waitFor();
    await checkBothSizes(visit, '80-link-fr-in-english-browser');

    // Assess
    await expect(visit.locator('article.session-link').getAttribute('lang')).resolves.toBe('fr');
    await expect(visit.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(visit.getByRole('button', { name: 'Quitter cette page' }).count()).resolves.toBe(1);
    const crisisTitle = visit.getByRole('heading', { name: 'Si vous avez besoin d’aide maintenant' });
    await expect(crisisTitle.count()).resolves.toBe(1);
    await expect(visit.getByText('Ligne de crise Riverside').count()).resolves.toBe(1);
    const text = (await visit.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/Your next session|Exit this page|Riverside Crisis Line/);
    expect(text).not.toMatch(/Robin|coordinat|parental|santé mentale/i);
    await context.close();
  });
});

describe('a coordinator moves a session to an open time', () => {
  let page: Page;

  beforeAll(async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'en-CA', timezoneId: 'America/Toronto' });
    page = await context.newPage();
    await signIn(page, web);
  });

  it('picks an open time for one occurrence: a clash is said plainly and changes nothing, then the move lands', async () => {
    // Prepare: the first occurrence's changes, with the open times of its match
    await page.goto(`${web}/staff/clients/${clientId}`);
    const row = page.locator('.session-row').first();
    await row.waitFor();
    const sessionId = (await row.getAttribute('data-session-id')) ?? '';
    const before = (await row.locator('p strong').first().textContent()) ?? '';
    await row.locator('summary').first().click();
    const slots = row.locator('button.slot');
    await slots.first().waitFor({ timeout: 30_000 });
    const taken = (await slots.first().getAttribute('data-start')) ?? '';

    // Act: someone books the chosen time first
    await slots.first().click();
    expect((await bookOverHttp(taken)).status).toBe(201);
    await row.getByRole('button', { name: /^Move to / }).click();
    const clash = row.getByRole('alert');
    await clash.waitFor();
    await checkBothSizes(page, '81-move-clash');
    const clashText = (await clash.textContent()) ?? '';
    const afterClash = (await row.locator('p strong').first().textContent()) ?? '';

    // Act: another open time, this occurrence only
    const other = row.locator(`button.slot:not([data-start="${taken}"])`).first();
    const chosen = (await other.getAttribute('data-start')) ?? '';
    const chosenTime = (await other.locator('strong').textContent()) ?? '';
    await other.click();
    await row.getByRole('button', { name: /^Move to / }).click();
    const moved = page.locator(`.session-row[data-session-id="${sessionId}"] p strong`).first();
    await expect.poll(() => moved.textContent(), { timeout: 20_000 }).not.toBe(before);
    await checkBothSizes(page, '82-moved');

    // Assess
    expect(clashText).toContain('Not moved: that time clashes with another session.');
    expect(afterClash).toBe(before);
    await expect(moved.textContent()).resolves.toContain(chosenTime);
    const listed = await apiCall<{ items: { sessionId: string; start: string }[] }>(
      'GET',
      `/sessions?clientId=${clientId}&limit=100`,
    );
    expect(listed.body.items.find((session) => session.sessionId === sessionId)?.start).toBe(chosen);
    await page.context().close();
  });
});
