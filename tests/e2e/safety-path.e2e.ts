import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkPage, launchChromium } from './support/browser.js';
import { E2E_CRISIS_RESOURCES } from './support/organisation.js';

const { web, api } = inject('e2e');
const PHONE = { viewport: { width: 360, height: 740 }, locale: 'en-CA', timezoneId: 'America/Toronto' };
const run = Date.now().toString(36);

let browser: Browser;
let elsewhere: Server;
/** Another site, on another origin: where the visitor was before Lantern. */
let elsewhereUrl: string;
const contexts: BrowserContext[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext(PHONE);
  contexts.push(context);
  return context.newPage();
}

beforeAll(async () => {
  browser = await launchChromium();
  elsewhere = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end('<!doctype html><html lang="en"><title>Search</title><main><h1>Search results</h1></main></html>');
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/results`;
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await new Promise((resolve) => elsewhere?.close(resolve));
});

/** Locale first (home page language button), then steps 1-3 filled by pointer: the safety step is next. */
async function openSafetyStep(page: Page, options: { french?: boolean; channels?: string[] } = {}): Promise<void> {
  await page.goto(web);
  if (options.french) await page.getByRole('button', { name: 'Français' }).click();
  await page.click('a[href="/intake"]');
  await page.fill('#field-preferredName', `Alex ${run}`);
  await page.fill('#field-email', `alex-${run}-${Math.random().toString(36).slice(2)}@example.net`);
  const channels = options.channels ?? ['email'];
  if (channels.some((channel) => channel !== 'email')) await page.fill('#field-phone', '+15555550123');
  for (const channel of ['email', 'phone', 'text']) {
    await page.setChecked(`#field-contactChannels-${channel}`, channels.includes(channel));
  }
  await page.click('form button[type=submit]');
  await page.check('#field-supportAreas-grief');
  await page.check('#field-modalities-phone');
  await page.click('form button[type=submit]');
  await page.locator('#availability-zone').waitFor();
  await page.click('form button[type=submit]');
  await page.locator('#field-safety-riskToOthers').waitFor();
}

/** `history.back()` as a page script calls it; scheduled, so the navigation ends no evaluation. */
async function historyBack(page: Page): Promise<void> {
  await page.evaluate('setTimeout(() => history.back(), 0)');
}

async function answerSafety(page: Page, yes: readonly string[]): Promise<void> {
  for (const question of ['immediateDanger', 'riskToOthers', 'thoughtsOfSelfHarm']) {
    await page.check(`#field-safety-${question}-${yes.includes(question) ? 'yes' : 'no'}`);
  }
}

async function sendFromConsents(page: Page): Promise<void> {
  await page.click('form button[type=submit]');
  for (const consent of ['nonClinical', 'privacy', 'contact']) await page.check(`#field-consents-${consent}`);
  await page.click('form button[type=submit]');
  await page.locator('.review').first().waitFor();
  await page.click('form button[type=submit]');
  await page.waitForURL(`${web}/intake/done`);
}

/** Resolves, in the page, with the milliseconds from the next click to the panel in view and focused. */
const PANEL_IN_VIEW_AFTER_CLICK = `new Promise((resolve) => {
  document.addEventListener('click', () => {
    const start = performance.now();
    const check = () => {
      const panel = document.querySelector('.crisis');
      const bar = document.querySelector('.top--public').getBoundingClientRect();
      const action = panel && panel.querySelector('.crisis__action');
      const top = panel && panel.getBoundingClientRect().top;
      if (panel && document.activeElement === panel && top >= bar.bottom - 1 &&
          action.getBoundingClientRect().bottom <= window.innerHeight) {
        resolve(Math.round(performance.now() - start));
      } else requestAnimationFrame(check);
    };
    check();
  }, { capture: true, once: true });
})`;

describe('crisis help on a phone', () => {
  it('brings the crisis panel into view and focus within 500 ms of tapping "Yes"', async () => {
    // Prepare
    const page = await newPage();
    await openSafetyStep(page);
    await page.check('#field-safety-immediateDanger-no');
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    const measured = page.evaluate(PANEL_IN_VIEW_AFTER_CLICK) as Promise<number>;

    // Act
    await page.click('label[for="field-safety-thoughtsOfSelfHarm-yes"]');
    const ms = await measured;

    // Assess
    console.info(`crisis panel in view and focused ${ms} ms after the tap`);
    expect(ms).toBeLessThan(500);
    const targets = (await page.evaluate(`[...document.querySelectorAll('.crisis__action')].map((link) => {
      const box = link.getBoundingClientRect();
      return { href: link.getAttribute('href'), width: box.width, height: box.height };
    })`)) as { href: string; width: number; height: number }[];
    expect(targets.map((target) => target.href)).toEqual(['tel:+15555550100', 'sms:555100', 'tel:911']);
    for (const target of targets) expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: fileURLToPath(new URL('./output/20-crisis-in-view.png', import.meta.url)) });
    await checkPage(page, '20-crisis-panel');
  });

  it('shows the French entries of the configuration on a French page, the same the API answers with', async () => {
    // Prepare
    const page = await newPage();
    await openSafetyStep(page, { french: true });

    // Act
    await page.check('#field-safety-riskToOthers-yes');
    const names = await page.locator('.crisis strong').allTextContents();
    const config = (await (await fetch(`${web}/config.json`)).json()) as { crisisResources: unknown };
    const answers = await Promise.all(
      (['en', 'fr'] as const).map(async (locale) => {
        const { EXAMPLE_INTAKE } = await import('@lantern/contracts');
        const body = {
          ...EXAMPLE_INTAKE,
          email: `api-${locale}-${run}@example.net`,
          locale,
          safety: { immediateDanger: true, riskToOthers: false, thoughtsOfSelfHarm: false },
        };
        const response = await fetch(`${api}/intakes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return [locale, ((await response.json()) as { crisisResources: unknown }).crisisResources] as const;
      }),
    );

    // Assess
    expect(names).toEqual(E2E_CRISIS_RESOURCES.fr.map((resource) => resource.name));
    expect(config.crisisResources).toEqual(E2E_CRISIS_RESOURCES);
    expect(Object.fromEntries(answers)).toEqual(E2E_CRISIS_RESOURCES);
    await checkPage(page, '21-crisis-panel-fr');
  });
});

describe('leaving quickly', () => {
  it('leaves no Lantern page behind Back after home, intake and "Exit this page"', async () => {
    // Prepare
    const page = await newPage();
    await page.goto(elsewhereUrl);
    await page.goto(web);
    await page.click('a[href="/intake"]');
    await page.fill('#field-preferredName', 'Someone');

    // Act
    await page.getByRole('button', { name: 'Exit this page' }).click();
    await page.waitForURL(`${web}/neutral.html`);
    await checkPage(page, '22-neutral');
    await expect(page.evaluate('localStorage.length + sessionStorage.length')).resolves.toBe(0);
    await historyBack(page);
    await page.waitForURL(elsewhereUrl);
    await historyBack(page);
    await page.waitForURL('about:blank');

    // Assess: the tab's whole history is the blank start, the other site and the neutral page
    await expect(page.evaluate('history.length')).resolves.toBe(3);
  });

  it('leaves with Esc pressed twice, as the page says', async () => {
    // Prepare
    const page = await newPage();
    await page.goto(elsewhereUrl);
    await page.goto(`${web}/intake`);
    await page.fill('#field-preferredName', 'Someone');
    await expect(page.locator('footer').textContent()).resolves.toContain('press Esc twice');

    // Act
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(`${web}/neutral.html`);
    await historyBack(page);
    await page.waitForURL(elsewhereUrl);

    // Assess
    await expect(page.evaluate('localStorage.getItem("lantern.intake.v1")')).resolves.toBeNull();
  });

  it('keeps the exit button clear of the language button while scrolling', async () => {
    const page = await newPage();
    await page.goto(`${web}/intake`);
    await page.locator('#field-preferredName').waitFor();
    for (const y of [0, 200, 600]) {
      await page.evaluate(`window.scrollTo(0, ${y})`);
      type Box = { top: number; right: number; bottom: number; left: number };
      const [exit, language] = (await page.evaluate(
        `['.quick-exit', '.language'].map((selector) => document.querySelector(selector).getBoundingClientRect().toJSON())`,
      )) as [Box, Box];
      const overlap =
        exit.left < language.right &&
        language.left < exit.right &&
        exit.top < language.bottom &&
        language.top < exit.bottom;
      expect(overlap, `at scroll ${y}`).toBe(false);
      expect(exit.top).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('what the done page says', () => {
  const cases = [
    {
      name: '23-done-phone-calm',
      french: false,
      channels: ['phone'],
      yes: [],
      says: [
        'We have not sent you anything, because you did not choose email.',
        'within two working days',
        'by phone call',
      ],
    },
    {
      name: '24-done-text-urgent-fr',
      french: true,
      channels: ['text'],
      yes: ['immediateDanger'],
      says: ['Nous ne vous avons rien envoyé', 'lue en premier par la coordination', 'par texto'],
    },
    {
      name: '25-done-email-and-phone-urgent',
      french: false,
      channels: ['email', 'phone'],
      yes: ['thoughtsOfSelfHarm'],
      says: ['We have sent a short confirmation to your email address.', 'read first', 'by email or phone call'],
    },
  ];

  for (const example of cases) {
    it(`says what really happens: ${example.name}`, async () => {
      const page = await newPage();
      await openSafetyStep(page, { french: example.french, channels: example.channels });
      await answerSafety(page, example.yes);
      await sendFromConsents(page);
      const next = await page.locator('.done-steps').textContent();
      for (const words of example.says) expect(next).toContain(words);
      expect(next).not.toMatch(example.yes.length ? /two working days|deux jours ouvrables/ : /read first/);
      const shown = await page.locator('.crisis strong').allTextContents();
      const expected = example.yes.length ? E2E_CRISIS_RESOURCES[example.french ? 'fr' : 'en'] : [];
      expect(shown).toEqual(expected.map((resource) => resource.name));
      await checkPage(page, example.name);
    });
  }
});

describe('the review step and the privacy notice', () => {
  it('shows the answers without the safety ones, goes back to a step, and links the notice', async () => {
    // Prepare
    const page = await newPage();
    await openSafetyStep(page);
    await answerSafety(page, []);
    await page.click('form button[type=submit]');
    const notice = page.locator('a', { hasText: 'Read the privacy notice' });
    const [privacy] = await Promise.all([page.context().waitForEvent('page'), notice.click()]);
    await privacy.getByRole('heading', { name: 'Privacy notice' }).waitFor();
    await checkPage(privacy, '26-privacy-notice');
    for (const consent of ['nonClinical', 'privacy', 'contact']) await page.check(`#field-consents-${consent}`);
    await page.click('form button[type=submit]');
    await page.getByText('Step 6 of 6: Check your answers').waitFor();
    const review = await page.locator('main').textContent();
    await checkPage(page, '27-review');

    // Act
    await page.getByRole('button', { name: 'Change “What you are looking for”' }).click();

    // Assess
    expect(review).toContain('Grief and loss');
    expect(review).not.toMatch(/danger|hurt someone|ending your life/i);
    await page.getByText('Step 2 of 6: What you are looking for').waitFor();
  });
});
