import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkPage, launchChromium } from './support/browser.js';
import { localApi } from './support/workspace-setup.js';

const { web, api } = inject('e2e');
const local = localApi(api);
const PHONE = { viewport: { width: 360, height: 740 }, locale: 'en-CA', timezoneId: 'America/Toronto' };
const DESKTOP = { ...PHONE, viewport: { width: 1280, height: 800 } };
const run = Date.now().toString(36);
const client = { name: `Maëlle ${run}`, email: `maelle-${run}@example.net` };
const stranger = { name: `Noor ${run}`, email: `noor-${run}@example.net` };

let browser: Browser;
const contexts: BrowserContext[] = [];
let clientId: string;
let strangerId: string;
let shareLink = '';

async function newPage(options = PHONE): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  return context.newPage();
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${web}/staff`);
  await page.locator('#password').waitFor();
  await page.fill('#username', username);
  await page.fill('#password', 'lantern-local');
  await page.click('button[type=submit]');
  await page.waitForURL(`${web}/staff`);
}

beforeAll(async () => {
  browser = await launchChromium();
  const peerId = await local.seededPeerId();
  clientId = await local.submitIntake({
    preferredName: client.name,
    email: client.email,
    phone: '+15555550123',
    contactChannels: ['email', 'text'],
    locale: 'fr',
    languages: ['fr', 'en'],
  });
  strangerId = await local.submitIntake({ preferredName: stranger.name, email: stranger.email });
  await local.matchWithPeer(clientId, peerId);
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)('a peer on a %s', (size, options) => {
  const goalTitle = `Get out with the baby twice a week (${size})`;
  const planText = `My partner and my sister (${size})`;

  it('finds the client on their home and, in the workspace, sets a goal and writes a birth plan', async () => {
    // Prepare
    const page = await newPage(options);
    await signIn(page, 'peer@example.org');
    const card = page.locator(`li.card[data-client-id="${clientId}"]`);
    await card.waitFor();
    await checkPage(page, `20-peer-home-${size}`);

    // Act: the goal
    await card.getByRole('link').click();
    await page.getByRole('heading', { name: 'Goals' }).waitFor();
    await page.fill('#goal-title', goalTitle);
    await page.fill('#goal-steps', 'Find a group nearby\nGo once with a friend');
    await page.getByRole('button', { name: 'Save goal' }).click();
    const goal = page.locator('article[data-goal-id]', { hasText: goalTitle });
    await goal.waitFor();
    await goal.locator('input[type=checkbox]').first().check();
    await goal.locator('textarea').fill(`Found a group on Thursdays (${size})`);
    await goal.getByRole('button', { name: 'Save progress' }).click();
    await page.getByText(`Found a group on Thursdays (${size})`).waitFor();
    await checkPage(page, `21-workspace-goal-${size}`);

    // Act: the plan
    await page.selectOption('#plan-template', 'birth-plan');
    await page.getByRole('button', { name: 'Start this plan' }).click();
    const firstSection = page.locator('.plan-form textarea').first();
    await firstSection.fill(planText);
    await checkPage(page, `22-plan-form-${size}`);
    await page.getByRole('button', { name: 'Save plan' }).click();
    const plan = page.locator('article[data-plan-id]', { hasText: planText });
    await plan.waitFor();
    await plan.getByRole('button', { name: 'Share with the client' }).click();
    const link = plan.locator('.share input');
    await link.waitFor();
    shareLink = await link.inputValue();

    // Assess
    await expect(page.locator('h1').textContent()).resolves.toContain('Maëlle');
    await expect(plan.textContent()).resolves.toContain(planText);
    expect(shareLink).toMatch(new RegExp(`^${web}/p/.+`));
    await checkPage(page, `23-plan-shared-${size}`);
  });

  it('writes a session note, a restricted one apart, and logs a text check-in', async () => {
    // Prepare
    const page = await newPage(options);
    await signIn(page, 'peer@example.org');
    await page.goto(`${web}/staff/clients/${clientId}/workspace`);
    await page.getByRole('heading', { name: 'Session notes' }).waitFor();
    const topic = `Sleep routine (${size})`;
    const privateTopic = `Private topic (${size})`;
    const summary = `Checked in after the group (${size}); it went well`;

    // Act: an ordinary note, then a substance-use related one
    await page.fill('#note-topics', `${topic}\nReturning to work`);
    await page.fill('#note-next', 'Call the drop-in before Thursday');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.locator('article[data-note-id]', { hasText: topic }).waitFor();
    const restrictedBefore = await page.locator('text=/\\d+ restricted notes?, kept separately/').count();
    await page.fill('#note-topics', privateTopic);
    await page.check('#note-substance');
    await checkPage(page, `24-note-form-${size}`);
    await page.getByRole('button', { name: 'Save note' }).click();
    await page
      .getByText(size === 'phone' ? '1 restricted note, kept separately' : '2 restricted notes, kept separately')
      .waitFor();

    // Act: the check-in, on the one channel the client agreed to besides email
    const channels = await page.evaluate(
      '[...document.querySelectorAll("input[name=contact-channel]")].map((input) => input.value)',
    );
    await page.fill('#contact-summary', summary);
    await page.getByRole('button', { name: 'Save check-in' }).click();
    const checkIn = page.locator('.history li', { hasText: summary });
    await checkIn.waitFor();

    // Assess
    expect(channels).toEqual(['text']);
    expect(restrictedBefore).toBe(size === 'phone' ? 0 : 1);
    await expect(page.locator('article[data-note-id]', { hasText: topic }).count()).resolves.toBe(1);
    await expect(page.getByText(privateTopic).count()).resolves.toBe(0);
    await expect(checkIn.textContent()).resolves.toContain('Text message');
    await checkPage(page, `25-note-and-check-in-${size}`);
  });
});

describe('the peer home on a desktop', () => {
  it('sees the client on a desktop home with both open goals and the last contact', async () => {
    const page = await newPage(DESKTOP);
    await signIn(page, 'peer@example.org');
    const card = page.locator(`li.card[data-client-id="${clientId}"]`);
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('2 open goals');
    await expect(card.textContent()).resolves.toContain('Last contact');
    await checkPage(page, '26-peer-home-desktop');
  });
});

describe('the client, with the shared link', () => {
  it('reads the plan in French with quick exit and crisis help; a tampered link shows nothing', async () => {
    // Prepare
    expect(shareLink).not.toBe('');
    const page = await newPage();

    // Act
    await page.goto(shareLink);
    await page.getByText('My partner and my sister').waitFor();
    const lang = await page.getAttribute('html', 'lang');
    const exit = await page.getByRole('button', { name: 'Quitter cette page' }).count();
    await checkPage(page, '27-shared-plan-fr');
    await page.goto(`${shareLink.slice(0, -3)}${shareLink.endsWith('xyz') ? 'abc' : 'xyz'}`);
    await page.locator('[role=alert].lead').waitFor();

    // Assess
    expect([lang, exit]).toEqual(['fr', 1]);
    await expect(page.locator('.crisis').count()).resolves.toBe(1);
    await expect(page.getByText('My partner and my sister').count()).resolves.toBe(0);
    await checkPage(page, '28-shared-plan-tampered');
  });
});

describe('an admin', () => {
  it('reads the peer’s trail with refusals, and pages on with Load more', async () => {
    // Prepare: a refusal, and more entries than one page holds
    const refused = await local.call('GET', `/clients/${strangerId}/goals`, { as: 'peer@example.org' });
    for (let i = 0; i < 55; i++) await local.call('GET', `/clients/${clientId}/contacts`, { as: 'peer@example.org' });
    const page = await newPage(DESKTOP);
    await signIn(page, 'admin@example.org');

    // Act
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.selectOption('#audit-by', 'actor');
    await page.fill('#audit-value', 'peer@example.org');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.locator('tbody tr').first().waitFor();
    const firstPage = await page.locator('tbody tr').count();
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.waitForFunction(`document.querySelectorAll('tbody tr').length > ${firstPage}`);
    const rows = await page.locator('tbody tr').allTextContents();

    // Assess
    expect(refused.status).toBe(403);
    expect(rows.length).toBeGreaterThan(firstPage);
    expect(rows.some((row) => row.includes('Refused') && row.includes(strangerId))).toBe(true);
    expect(new URL(page.url()).searchParams.get('actor')).toBe('peer@example.org');
    await checkPage(page, '29-audit');
  });

  it('reads one client’s trail on a phone', async () => {
    const page = await newPage();
    await signIn(page, 'admin@example.org');
    await page.goto(`${web}/staff/audit?clientId=${clientId}`);
    await page.locator('tbody tr').first().waitFor();
    const rows = await page.locator('tbody tr').allTextContents();
    expect(rows.every((row) => row.includes(clientId))).toBe(true);
    await checkPage(page, '30-audit-client-phone');
  });
});
