import type { Peer, PeerAvailabilityRequest } from '@lantern/contracts';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkPage, launchChromium } from './support/browser.js';
import { DESKTOP, PHONE, signIn, staffToken } from './support/staff.js';

const { web, api } = inject('e2e');
// A seeded peer no other browser test uses: their record is put back as it was afterwards.
const PEER = 'tanya@example.org';

let browser: Browser;
const contexts: BrowserContext[] = [];
let original: PeerAvailabilityRequest;

async function call<T>(method: string, path: string, username: string, body?: unknown, version?: number): Promise<T> {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await staffToken(api, username)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(version === undefined ? {} : { 'if-match': `"${version}"` }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The peer's own record, as the API answers them: a list of one. */
async function ownRecord(): Promise<Peer> {
  const { items } = await call<{ items: Peer[] }>('GET', '/peers', PEER);
  const [own] = items;
  if (items.length !== 1 || !own) throw new Error(`Expected one peer record for ${PEER}, got ${items.length}`);
  return own;
}

const setAvailability = (peerId: string, body: PeerAvailabilityRequest, username = 'coordinator@example.org') =>
  call<Peer>('PUT', `/peers/${peerId}/availability`, username, body);

beforeAll(async () => {
  browser = await launchChromium();
  const { availability, timeOff } = await ownRecord();
  original = { availability, timeOff };
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  if (original) await setAvailability((await ownRecord()).peerId, original);
});

describe.each([
  ['360', PHONE, 'wed', '2027-03-03'],
  ['desktop', DESKTOP, 'thu', '2027-03-04'],
] as const)('a peer on a %s screen, on My availability', (size, viewport, eveningDay, dayOff) => {
  it('adds an evening window and a day off, saves them over a change made meanwhile, and sees them after a reload', async () => {
    // Prepare: the record as seeded, with no time off
    const { peerId } = await ownRecord();
    await setAvailability(peerId, { ...original, timeOff: [] });
    const context = await browser.newContext({ viewport, locale: 'en-CA', timezoneId: 'America/Vancouver' });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, web, PEER);
    const home = page.locator('section[aria-labelledby="availability-title"]');
    await home.waitFor();
    await page.locator('section[aria-labelledby="clients-title"] [role="status"]').waitFor({ state: 'detached' });
    await checkPage(page, `90-peer-home-availability-${size}`);

    // Act: open the page, add the window and the day off
    await home.getByRole('link', { name: 'Edit my availability' }).click();
    await page.getByRole('heading', { name: 'My availability', level: 1 }).waitFor();
    await page.locator('#peer-availability-0-day').waitFor();
    const rows = await page.locator('[id^="peer-availability-"][id$="-day"]').count();
    await page.getByRole('button', { name: 'Add a window' }).click();
    await page.selectOption(`#peer-availability-${rows}-day`, eveningDay);
    await page.selectOption(`#peer-availability-${rows}-start`, '18:00');
    await page.selectOption(`#peer-availability-${rows}-end`, '21:00');
    await page.getByRole('button', { name: 'Add time off' }).click();
    await page.fill('#peer-timeOff-0-date', dayOff);
    await page.fill('#peer-timeOff-0-reason', 'Family day');
    await checkPage(page, `91-my-availability-filled-${size}`);

    // Act: a coordinator saves the record meanwhile; the peer's save is refused, then made again
    await setAvailability(peerId, { ...original, timeOff: [{ date: '2027-12-31' }] });
    await page.getByRole('button', { name: 'Save my availability' }).click();
    const stale = page.getByRole('alert').filter({ hasText: 'changed elsewhere' });
    await stale.waitFor();
    await checkPage(page, `92-my-availability-stale-${size}`);
    await page.getByRole('button', { name: 'Save my availability' }).click();
    await page.getByText('Your availability and time off are saved.').waitFor();
    await checkPage(page, `93-my-availability-saved-${size}`);

    // Act: reload (the API keeps windows in day order, so the new one is found by its values)
    await page.reload();
    await page.locator('#peer-timeOff-0-date').waitFor();
    const shown =
      await page.evaluate(`[...document.querySelectorAll('[id^="peer-availability-"][id$="-day"]')].map((day) => {
      const row = day.id.replace(/-day$/, '');
      return [day.value, document.getElementById(row + '-start').value, document.getElementById(row + '-end').value].join(' ');
    })`);

    // Assess: on the page
    expect(shown).toHaveLength(rows + 1);
    expect(shown).toContain(`${eveningDay} 18:00 21:00`);
    await expect(page.locator('#peer-timeOff-0-date').inputValue()).resolves.toBe(dayOff);
    await expect(page.locator('#peer-timeOff-0-reason').inputValue()).resolves.toBe('Family day');
    await expect(page.locator('[id^="peer-timeOff-"][id$="-date"]').count()).resolves.toBe(1);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    // Assess: through the API
    const saved = await call<Peer>('GET', `/peers/${peerId}`, 'coordinator@example.org');
    expect(saved.availability).toHaveLength(original.availability.length + 1);
    expect(saved.availability).toEqual(
      expect.arrayContaining([...original.availability, { day: eveningDay, start: '18:00', end: '21:00' }]),
    );
    expect(saved.timeOff).toEqual([{ date: dayOff, reason: 'Family day' }]);
  });
});
