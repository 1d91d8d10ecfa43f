import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkPage, launchChromium, tabTo } from './support/browser.js';
import { waitForEmail } from './support/emails.js';

const { web, api } = inject('e2e');
const PHONE = { viewport: { width: 360, height: 740 }, locale: 'en-CA', timezoneId: 'America/Toronto' };
const run = Date.now().toString(36);
const calmClient = { name: `Sam ${run}`, email: `sam-${run}@example.net` };
const urgentClient = { name: `Robin ${run}`, email: `robin-${run}@example.net` };

let browser: Browser;
const contexts: BrowserContext[] = [];

async function newPage(options = PHONE): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  return context.newPage();
}

async function continueTo(page: Page, step: number): Promise<void> {
  await tabTo(page, 'form button[type=submit]');
  await page.keyboard.press('Enter');
  await page.getByText(`Step ${step} of 6`).waitFor();
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('a client on a phone', () => {
  it('completes the intake with the keyboard only, sees what happens next, and gets an email', async () => {
    // Prepare
    const page = await newPage();
    await page.goto(web);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await checkPage(page, '01-home');

    // Act: every step with Tab, typing, Space, arrows and Enter
    await tabTo(page, 'a[href="/intake"]');
    await page.keyboard.press('Enter');
    await page.getByText('Step 1 of 6').waitFor();
    await checkPage(page, '02-intake-about');
    await tabTo(page, '#field-preferredName');
    await page.keyboard.type(calmClient.name);
    await tabTo(page, '#field-email');
    await page.keyboard.type(calmClient.email);
    await continueTo(page, 2);

    await tabTo(page, '#field-supportAreas-parenting');
    await page.keyboard.press('Space');
    await tabTo(page, '#field-goals');
    await page.keyboard.type('Feel less alone as a new parent');
    await tabTo(page, '#field-modalities-video');
    await page.keyboard.press('Space');
    await checkPage(page, '03-intake-needs');
    await continueTo(page, 3);

    await tabTo(page, '#add-window');
    await page.keyboard.press('Enter');
    await tabTo(page, '#field-availability-0-day');
    await page.keyboard.press('ArrowDown');
    await checkPage(page, '04-intake-availability');
    await continueTo(page, 4);

    for (const question of ['immediateDanger', 'riskToOthers', 'thoughtsOfSelfHarm']) {
      await tabTo(page, `#field-safety-${question}-yes`);
      await page.keyboard.press('ArrowDown');
    }
    const crisisShown = await page.locator('.crisis').count();
    await checkPage(page, '05-intake-safety');
    await continueTo(page, 5);

    for (const consent of ['nonClinical', 'privacy', 'contact']) {
      await tabTo(page, `#field-consents-${consent}`);
      await page.keyboard.press('Space');
    }
    await checkPage(page, '06-intake-consents');
    await continueTo(page, 6);
    await expect(page.locator('.review').count()).resolves.toBe(4);
    await checkPage(page, '06b-intake-review');
    await tabTo(page, 'form button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${web}/intake/done`);

    // Assess
    expect(crisisShown).toBe(0);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Thank you');
    await expect(page.getByText('What happens next').count()).resolves.toBe(1);
    await expect(page.locator('.done-steps').textContent()).resolves.toContain(
      'We have sent a short confirmation to your email address.',
    );
    await checkPage(page, '07-done');
    const saved = await page.evaluate('localStorage.getItem("lantern.intake.v1")');
    expect(saved).toBeNull();
    const email = await waitForEmail(api, calmClient.email);
    expect(email.subject).not.toMatch(/mental|substance|parent|crisis|urgent/i);
  });

  it('sees crisis resources as soon as a safety answer signals risk, before sending', async () => {
    // Prepare
    const page = await newPage();
    await page.goto(`${web}/intake`);
    await page.fill('#field-preferredName', urgentClient.name);
    await page.fill('#field-email', urgentClient.email);
    await page.click('form button[type=submit]');
    await page.check('#field-supportAreas-mental_health');
    await page.check('#field-modalities-phone');
    await page.click('form button[type=submit]');
    await page.click('form button[type=submit]');
    await page.getByText('Step 4 of 6').waitFor();
    await page.click('form button[type=submit]');
    await page.locator('.error-summary').waitFor();
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('Please choose yes or no.');
    await expect(page.evaluate('document.activeElement.className')).resolves.toBe('error-summary');
    await expect(page.getAttribute('#field-safety-immediateDanger', 'aria-describedby')).resolves.toBe(
      'field-safety-immediateDanger-error',
    );
    await checkPage(page, '08a-intake-errors');
    const before = await page.locator('.crisis').count();

    // Act
    await page.check('#field-safety-thoughtsOfSelfHarm-yes');

    // Assess: shown at once, announced, still there on the next step and after sending
    const panel = page.locator('.crisis');
    await panel.waitFor();
    expect(before).toBe(0);
    await expect(panel.getAttribute('role')).resolves.toBe('alert');
    await expect(panel.locator('a[href="tel:+15555550100"]').count()).resolves.toBe(1);
    await checkPage(page, '08-intake-crisis');
    await page.check('#field-safety-immediateDanger-no');
    await page.click('form button[type=submit]');
    await page.check('#field-safety-riskToOthers-no');
    await page.click('form button[type=submit]');
    await page.getByText('Step 5 of 6').waitFor();
    await expect(panel.isVisible()).resolves.toBe(true);
    for (const consent of ['nonClinical', 'privacy', 'contact']) await page.check(`#field-consents-${consent}`);
    await page.click('form button[type=submit]');
    await page.getByText('Step 6 of 6').waitFor();
    await page.click('form button[type=submit]');
    await page.waitForURL(`${web}/intake/done`);
    await expect(page.locator('.crisis').isVisible()).resolves.toBe(true);
    const next = await page.locator('.done-steps').textContent();
    expect(next).toContain('marked for a coordinator to read first');
    expect(next).not.toContain('two working days');
    await checkPage(page, '09-done-urgent');
  });
});

describe('someone who needs to leave quickly', () => {
  it('clears the saved answers and lands on a neutral page', async () => {
    // Prepare
    const page = await newPage();
    await page.goto(`${web}/intake`);
    await page.fill('#field-preferredName', 'Someone');
    await page.waitForFunction('localStorage.getItem("lantern.intake.v1") !== null');

    await page.reload();
    await expect(page.inputValue('#field-preferredName')).resolves.toBe('Someone');

    // Act: the first Tab stop on the page
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${web}/neutral.html`);

    // Assess
    await expect(page.evaluate('localStorage.getItem("lantern.intake.v1")')).resolves.toBeNull();
    await expect(page.title()).resolves.toBe('Weather');
    await checkPage(page, '09b-neutral');
  });
});

describe('a French-speaking visitor', () => {
  it('reads the public pages in French, and the choice is kept', async () => {
    // Prepare
    const page = await newPage();
    await page.goto(web);

    // Act
    await page.getByRole('button', { name: 'Français' }).click();
    await page.goto(`${web}/intake`);

    // Assess
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('fr');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Demander du soutien par les pairs',
    );
    await expect(page.getByRole('button', { name: 'Quitter cette page' }).count()).resolves.toBe(1);
    await checkPage(page, '10-intake-fr');
  });
});

describe('a coordinator', () => {
  it('signs in on the sign-in page, finds the urgent client at the top of the queue, and opens it', async () => {
    // Prepare
    const page = await newPage({ ...PHONE, viewport: { width: 1280, height: 800 } });
    await page.goto(`${web}/staff`);
    await page.locator('#password').waitFor();
    await checkPage(page, '11-sign-in');

    // Act
    await page.fill('#username', 'coordinator@example.org');
    await page.fill('#password', 'lantern-local');
    await page.click('button[type=submit]');
    await page.waitForURL(`${web}/staff`);
    await page.getByText('Signed in as coordinator@example.org').waitFor();
    await checkPage(page, '12-staff-home');
    await page.getByRole('link', { name: 'Client queue' }).first().click();
    // Other browser tests send urgent intakes too: every row up to this client's must be urgent.
    const row = page.locator('tbody tr', { hasText: urgentClient.name });
    await row.waitFor();
    await checkPage(page, '13-queue');
    const rows = await page.locator('tbody tr').allTextContents();
    const rowText = await row.textContent();
    await row.getByRole('link').click();
    await page.getByText('Why this request is urgent').waitFor();

    // Assess
    const index = rows.findIndex((text) => text.includes(urgentClient.name));
    expect(rows.slice(0, index + 1).every((text) => text.includes('Urgent'))).toBe(true);
    expect(rowText).toContain('Urgent');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(urgentClient.name);
    await expect(page.getByText('Said they have had thoughts of self-harm or suicide').count()).resolves.toBe(1);
    await checkPage(page, '14-client');
    await page.selectOption('#status-new', 'in_review');
    await page.fill('#status-reason', 'Called back; safe for now, reviewing today');
    await page.getByRole('button', { name: 'Save status' }).click();
    await page.getByText('Status changed to In review.').waitFor();
    await expect(page.getByText('Called back; safe for now, reviewing today').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${web}/`);
    await expect(
      page.evaluate('Object.keys(sessionStorage).filter((key) => key.startsWith("oidc.user"))'),
    ).resolves.toEqual([]);
  });
});
