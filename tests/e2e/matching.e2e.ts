import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkPage, launchChromium } from './support/browser.js';
import {
  confirmMatch,
  createPeer,
  DESKTOP,
  PHONE,
  reloadUntil,
  signIn,
  staffToken,
  submitIntake,
} from './support/staff.js';

const { web, api } = inject('e2e');
const run = Date.now().toString(36);
const evenings = [{ day: 'tue', start: '18:00', end: '21:00' }] as const;

let browser: Browser;
let token: string;

beforeAll(async () => {
  browser = await launchChromium();
  token = await staffToken(api);
});

afterAll(async () => {
  await browser?.close();
});

// Each journey runs on a phone and on a desktop, with its own people (names carry the size).
describe.each([
  ['360', PHONE],
  ['desktop', DESKTOP],
] as const)('a coordinator on the matching pages, %s wide', (size, viewport) => {
  const tag = `${size}-${run}`;
  const peerName = `Alex ${size} ${run}`;
  let context: BrowserContext;
  let page: Page;
  let createdPeerId = '';

  beforeAll(async () => {
    context = await browser.newContext({ viewport, locale: 'en-CA', timezoneId: 'America/Toronto' });
    page = await context.newPage();
    await signIn(page, web);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('adds a peer: the form says what to fix, then the peer is on the roster with an empty caseload', async () => {
    // Prepare
    await page.getByRole('link', { name: 'Peers' }).first().click();
    await page.getByRole('heading', { name: 'Peers', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Add a peer' }).click();
    await page.locator('#peer-displayName').waitFor();

    // Act: send it empty first, then filled in
    await page.getByRole('button', { name: 'Add peer' }).click();
    await page.locator('.error-summary').waitFor();
    const summary = await page.locator('.error-summary').textContent();
    const focused = await page.evaluate('document.activeElement.className');
    await checkPage(page, `20-peer-form-errors-${size}`);
    await page.fill('#peer-displayName', peerName);
    await page.fill('#peer-email', `alex-${tag}@example.org`);
    await page.check('#peer-lived-parenting');
    await page.fill('#peer-capacity', '1');
    await page.getByRole('button', { name: 'Add weekday evenings' }).click();
    await page.getByRole('button', { name: 'Add time off' }).click();
    await page.fill('#peer-timeOff-0-date', '2026-12-24');
    await checkPage(page, `21-peer-form-filled-${size}`);
    await page.getByRole('button', { name: 'Add peer' }).click();
    await page.getByText('Peer added.').waitFor();
    await page.getByRole('heading', { name: peerName, level: 1 }).waitFor();
    createdPeerId = page.url().split('/').at(-1)?.split('?')[0] ?? '';
    await checkPage(page, `22-peer-${size}`);
    await page.getByRole('link', { name: 'Back to the peers' }).click();
    await page.selectOption('#peers-lived', 'parenting');
    const row = page.locator(`tr[data-peer-id="${createdPeerId}"]`);
    await row.waitFor();

    // Assess
    expect(summary).toContain('Enter a name of up to 100 characters.');
    expect(focused).toBe('error-summary');
    expect(createdPeerId).toMatch(/^pr_/);
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
    await expect(row.textContent()).resolves.toContain('0 of 1');
    await expect(page.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    await checkPage(page, `23-peers-${size}`);
  });

  it('matches a client from the suggestions, and sees a refusal plainly when the peer fills up first', async () => {
    // Prepare: two parents waiting; the new peer has one place
    const first = await submitIntake(api, {
      preferredName: `Jamie ${size} ${run}`,
      email: `jamie-${tag}@example.net`,
      availability: [...evenings],
    });
    const second = await submitIntake(api, {
      preferredName: `Kai ${size} ${run}`,
      email: `kai-${tag}@example.net`,
      availability: [...evenings],
    });
    await page.goto(`${web}/staff/clients/${second.clientId}`);
    await reloadUntil(page, `.suggestion[data-peer-id="${createdPeerId}"]`);
    const reasons = await page.locator(`.suggestion[data-peer-id="${createdPeerId}"] .reasons li`).allTextContents();

    // Act: someone else confirms the first client with the same peer, then this coordinator tries
    await confirmMatch(api, token, first.clientId, createdPeerId);
    await page.getByRole('button', { name: `Confirm match with ${peerName}` }).click();
    const alert = page.locator('section[aria-labelledby="suggestions-title"] [role="alert"]');
    await alert.waitFor();

    // Assess
    expect(reasons.some((reason) => /Lived experience/.test(reason))).toBe(true);
    await expect(alert.textContent()).resolves.toMatch(
      /^The match was not confirmed: .+ The list has been refreshed\.$/,
    );
    await expect(page.locator(`.suggestion[data-peer-id="${createdPeerId}"]`).count()).resolves.toBe(0);
    await page.getByText(/^Not suggested/).click();
    await expect(page.locator(`.excluded li[data-peer-id="${createdPeerId}"]`).textContent()).resolves.toContain(
      peerName,
    );
    await checkPage(page, `24-client-refused-${size}`);

    // Act: a peer with room is confirmed from the list
    await createPeer(api, token, {
      displayName: `Robin ${size} ${run}`,
      email: `robin-peer-${tag}@example.org`,
      capacity: 4,
    });
    await page.reload();
    const robin = page.getByRole('button', { name: `Confirm match with Robin ${size} ${run}` });
    await reloadUntil(page, `button:has-text("Confirm match with Robin ${size} ${run}")`);
    await robin.click();
    await page.getByText(`This client is matched with Robin ${size} ${run}.`).waitFor();

    // Assess
    await expect(page.getByRole('heading', { name: 'Matched peer' }).count()).resolves.toBe(1);
    await expect(page.locator('.suggestion button').count()).resolves.toBe(0);
    await checkPage(page, `25-client-matched-${size}`);
  });

  it('runs a batch match over the waitlist, reviews the proposal and applies it', async () => {
    // Prepare: someone waiting, and a peer with room for them
    await createPeer(api, token, { displayName: `Sky ${size} ${run}`, email: `sky-${tag}@example.org`, capacity: 10 });
    const waiting = await submitIntake(api, {
      preferredName: `Noor ${size} ${run}`,
      email: `noor-${tag}@example.net`,
      availability: [...evenings],
    });
    await page.getByRole('link', { name: 'Batch match' }).first().click();
    await page.getByRole('heading', { name: 'Batch match', level: 1 }).waitFor();
    await checkPage(page, `26-batch-${size}`);

    // Act: propose until the new client is in the proposal (the waitlist follows the bus)
    const row = page.locator(`tr[data-client-id="${waiting.clientId}"]`);
    for (let attempt = 0; attempt < 20 && (await row.count()) === 0; attempt++) {
      await page.getByRole('button', { name: /^Propose/ }).click();
      await page.getByRole('heading', { name: 'Proposal' }).waitFor();
    }
    const proposed = await page.locator('tbody tr').count();
    const served = await page.locator('.totals dd').first().textContent();
    await checkPage(page, `27-batch-proposal-${size}`);
    await page.getByRole('button', { name: /^Apply \d+ match/ }).click();
    await page.getByRole('heading', { name: 'Applied' }).waitFor();

    // Assess
    await expect(row.count()).resolves.toBe(0);
    expect(Number(served)).toBe(proposed);
    const outcome = (await page.locator('[role="status"]').allTextContents()).join(' ');
    const applied = Number(/(\d+) match(es)? confirmed/.exec(outcome)?.[1] ?? Number.NaN);
    const conflicts = await page.locator('h3 + p + ul li').count();
    expect(applied + conflicts).toBe(proposed);
    expect(applied).toBeGreaterThan(0);
    await checkPage(page, `28-batch-applied-${size}`);
  });

  it('shows the progress of an apply handed to the background', async () => {
    // Prepare: a fresh proposal with someone in it. Then the apply's answers are replaced with a
    // 202 and an `applying` run: a real one takes thousands of pairs and a minute or more.
    await createPeer(api, token, { displayName: `Rae ${size} ${run}`, email: `rae-${tag}@example.org`, capacity: 10 });
    const waiting = await submitIntake(api, {
      preferredName: `Ira ${size} ${run}`,
      email: `ira-${tag}@example.net`,
      availability: [...evenings],
    });
    let proposal: { runId: string; assignments: unknown[] } | undefined;
    await page.route('**/matching/runs', async (route) => {
      const response = await route.fetch();
      proposal = await response.json();
      await route.fulfill({ response });
    });
    const applying = (done: number) => ({
      ...proposal,
      status: 'applying',
      progress: { done, total: proposal?.assignments.length ?? 0 },
    });
    const json = (body: unknown, status = 200) => ({
      status,
      contentType: 'application/json',
      body: JSON.stringify(body),
    });
    let polls = 0;
    await page.route('**/matching/runs/run_*', (route) =>
      route.fulfill(
        ++polls <= 6
          ? json(applying(1))
          : json({ ...proposal, status: 'applied', result: { applied: [], conflicts: [] } }),
      ),
    );
    await page.route('**/matching/runs/*/apply', (route) => route.fulfill(json(applying(0), 202)));
    await page.getByRole('link', { name: 'Batch match' }).first().click();
    const row = page.locator(`tr[data-client-id="${waiting.clientId}"]`);
    for (let attempt = 0; attempt < 20 && (await row.count()) === 0; attempt++) {
      await page.getByRole('button', { name: /^Propose/ }).click();
      await page.getByRole('heading', { name: 'Proposal' }).waitFor();
    }

    // Act
    await page.getByRole('button', { name: /^Apply \d+ match/ }).click();
    const progress = page.getByText(`Applying: 1 of ${proposal?.assignments.length} pairs done…`);
    await progress.waitFor();

    // Assess: the bar says how far it has got, the button is off, and the outcome follows.
    await expect(page.locator('progress[value="1"]').count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Applying…' }).isDisabled()).resolves.toBe(true);
    await checkPage(page, `28b-batch-applying-${size}`);
    await page.getByRole('heading', { name: 'Applied' }).waitFor();
    await page.unrouteAll();
  });

  it('sees caseloads and the waitlist as charts', async () => {
    // Prepare: someone waiting, so the waitlist has a bar
    await submitIntake(api, {
      preferredName: `Lee ${size} ${run}`,
      email: `lee-${tag}@example.net`,
      availability: [...evenings],
    });

    // Act
    await page.getByRole('link', { name: 'Caseloads' }).first().click();
    await page.locator('#chart-caseloads-title').waitFor();
    await page.waitForFunction('document.querySelectorAll("figure[data-drawn]").length === 2');

    // Assess
    await expect(page.getByText(/clients? in \d+ places/).count()).resolves.toBe(1);
    await expect(page.getByText(/clients? waiting/).count()).resolves.toBe(1);
    await checkPage(page, `29-overview-${size}`);
  });
});
