import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkPage, screenshot } from './support/browser.js';
import { confirmMatch, createPeer, DESKTOP, PHONE, signIn, staffToken, submitIntake } from './support/staff.js';

const { web, api } = inject('e2e');
const run = Date.now().toString(36);
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

let browser: Browser;
let token: string;

/** A session booked over HTTP, as another coordinator would at the same moment. */
async function bookOverHttp(matchId: string, start: string): Promise<number> {
  const response = await fetch(`${api}/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() },
    body: JSON.stringify({ matchId, start, durationMinutes: 60, modality: 'video' }),
  });
  return response.status;
}

/** The client's link from their first message about a session (the page's path, whatever the origin). */
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

beforeAll(async () => {
  const { launchChromium } = await import('./support/browser.js');
  browser = await launchChromium();
  token = await staffToken(api);
});

afterAll(async () => {
  await browser?.close();
});

// Each journey runs on a phone and on a desktop, with its own peer and client (names carry the size).
describe.each([
  ['360', PHONE],
  ['desktop', DESKTOP],
] as const)('sessions, %s wide', (size, viewport) => {
  const clientEmail = `noor-${size}-${run}@example.net`;
  let staff: BrowserContext;
  let page: Page;
  let clientId: string;
  let matchId: string;
  let peerId: string;

  beforeAll(async () => {
    staff = await browser.newContext({ viewport, locale: 'en-CA', timezoneId: 'America/Toronto' });
    page = await staff.newPage();
    // A peer in Toronto free on weekday working hours; a client in London free on weekday afternoons.
    ({ peerId } = await createPeer(api, token, {
      displayName: `Morgan ${size} ${run}`,
      email: `morgan-${size}-${run}@example.org`,
      timeZone: 'America/Toronto',
      availability: weekdays.map((day) => ({ day, start: '09:00', end: '17:00' })),
    }));
    ({ clientId } = await submitIntake(api, {
      preferredName: `Noor ${size} ${run}`,
      email: clientEmail,
      timeZone: 'Europe/London',
      locale: 'fr',
      languages: ['fr', 'en'],
      availability: weekdays.map((day) => ({ day, start: '14:00', end: '20:00' })),
    }));
    matchId = await matchOnceReady(clientId, peerId);
    await signIn(page, web);
  });

  afterAll(async () => {
    await staff?.close();
  });

  it('a coordinator sees a clash plainly, then books a weekly series from the grid', async () => {
    // Prepare
    await page.goto(`${web}/staff/clients/${clientId}`);
    const slots = page.locator('button.slot');
    await slots.first().waitFor({ timeout: 30_000 });
    const label = (await slots.first().textContent()) ?? '';
    const first = (await slots.first().getAttribute('data-start')) ?? '';
    await checkPage(page, `60-booking-grid-${size}`);

    // Act: someone books the chosen time first, then this coordinator tries a series from it
    await slots.first().click();
    await page.check('#book-weekly');
    await page.fill('#book-count', '4');
    expect(await bookOverHttp(matchId, first)).toBe(201);
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    const clash = page.locator('.booking [role="alert"]');
    await clash.getByText('Nothing was booked').waitFor();
    await checkPage(page, `61-booking-clash-${size}`);
    const clashText = (await clash.textContent()) ?? '';
    const clashes = await page.locator('.booking__conflicts li').count();

    // Act: another day's time, the same series
    const otherDay = page.locator('.slot-day details').nth(1);
    await otherDay.locator('summary').click();
    await otherDay.locator('button.slot').first().click();
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByText('Booked: 4 sessions').waitFor();
    await page.locator('.session-row').nth(4).waitFor();
    await checkPage(page, `62-booked-series-${size}`);

    // Act: the last of the series is cancelled from the list
    const last = page.locator('.session-row').nth(4);
    await last.locator('summary').click();
    await last.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('.session-row').nth(4).getByText('Cancelled').waitFor();
    await checkPage(page, `63-cancelled-one-${size}`);

    // Assess
    // London is five hours ahead of Toronto in December: each start shows both clocks.
    const [, clientHour, clientMinute, peerHour, peerMinute] =
      /client (\d{1,2}):(\d{2}).* peer (\d{1,2}):(\d{2})/.exec(label) ?? [];
    expect((Number(clientHour) - Number(peerHour) + 12) % 12).toBe(5);
    expect(clientMinute).toBe(peerMinute);
    expect(clashText).toContain('clash with sessions already booked');
    expect(clashes).toBe(1);
    await expect(page.locator('.session-row').count()).resolves.toBe(5);
    await expect(page.locator('.session-row', { hasText: 'weekly' }).count()).resolves.toBe(4);
    await expect(page.locator('.session-row', { hasText: 'Cancelled' }).count()).resolves.toBe(1);
  });

  it('a coordinator sees the peer’s week on the peer page', async () => {
    // Act
    await page.goto(`${web}/staff/peers/${peerId}`);
    const week = page.locator('.peer-week');
    await week.locator('.session-row').first().waitFor();
    await checkPage(page, `64-peer-week-${size}`);

    // Assess: the clashing session and the series' next occurrence fall in the coming seven days
    await expect(week.locator('.session-row').count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(week.getByRole('heading', { name: 'Sessions in the next seven days' }).count()).resolves.toBe(1);
  });

  it('the client, in French, moves their session from the link, then cancels it', async () => {
    // Prepare
    const client = await browser.newContext({ viewport, locale: 'fr-CA', timezoneId: 'Europe/London' });
    const visit = await client.newPage();
    const path = await linkPathFromEmail(clientEmail);
    await visit.goto(`${web}${path}`);
    await visit.getByRole('heading', { name: 'Votre prochaine séance' }).waitFor();
    const before = (await visit.locator('.session-card__when').textContent()) ?? '';
    await checkPage(visit, `70-link-fr-${size}`);

    // Act: move to the first open time offered
    await visit.getByText('Choisir un autre moment').click();
    await visit.locator('input[name="alternative"]').first().check();
    await checkPage(visit, `71-link-move-${size}`);
    await visit.getByRole('button', { name: 'Déplacer ma séance' }).click();
    await visit.getByText(/^Votre séance a été déplacée au /).waitFor();
    const after = (await visit.locator('.session-card__when').textContent()) ?? '';

    // Act: the cancel link of the message opens the cancel choice
    await visit.goto('about:blank');
    await visit.goto(`${web}${path}#cancel`);
    await visit.getByRole('button', { name: 'Annuler ma séance' }).waitFor();
    await checkPage(visit, `72-link-cancel-${size}`);
    await visit.getByRole('button', { name: 'Annuler ma séance' }).click();
    await visit.getByText('Votre séance a été annulée.').waitFor();
    const status = (await visit.locator('.session-card').textContent()) ?? '';

    // Act: a tampered link
    await visit.goto(`${web}${path.slice(0, -3)}xyz`);
    await visit.getByRole('alert').waitFor();
    await checkPage(visit, `73-link-tampered-${size}`);

    // Assess
    expect(after).not.toBe(before);
    expect(status).toContain('Annulée');
    await expect(visit.getByRole('alert').textContent()).resolves.toContain('Ce lien ne fonctionne plus');
    await expect(visit.locator('body').textContent()).resolves.not.toMatch(/Morgan|coordinat|parental|santé mentale/i);
    await expect(visit.getByRole('button', { name: 'Quitter cette page' }).count()).resolves.toBe(1);
    await screenshot(visit, `74-link-end-${size}`);
    await client.close();
  });
});
