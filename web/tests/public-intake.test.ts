import { DEFAULT_CRISIS_RESOURCES } from '@lantern/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { loadValidation } from '../src/composables/useIntakeForm.js';
import { setRuntimeConfig } from '../src/config/runtime-config.js';
import { createLanternI18n } from '../src/i18n/index.js';
import { DRAFT_KEY } from '../src/intake/draft-storage.js';
import PublicIntake from '../src/pages/public/PublicIntake.vue';
import { completeDraft } from './helpers.js';

async function mountIntake(locale: 'en' | 'fr' = 'en') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/intake', component: PublicIntake },
      { path: '/intake/done', component: { template: '<p>done</p>' } },
    ],
  });
  await router.push('/intake');
  const wrapper = mount(PublicIntake, {
    global: { plugins: [createLanternI18n(locale), router] },
    attachTo: document.body,
  });
  // The schema loads after the first paint; have it ready so each check below is deterministic.
  await loadValidation();
  await flushPromises();
  return wrapper;
}

beforeEach(() => {
  localStorage.clear();
  setRuntimeConfig({
    apiUrl: 'http://api.test',
    authority: 'http://issuer.test',
    clientId: 'web',
    redirectUri: 'http://app.test/staff/callback',
    postLogoutRedirectUri: 'http://app.test/',
    silentRedirectUri: 'http://app.test/silent-renew.html',
    scope: 'openid',
    quickExitUrl: 'http://app.test/neutral.html',
    privacyNoticeUrl: 'http://app.test/privacy',
    crisisResources: DEFAULT_CRISIS_RESOURCES,
  });
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PublicIntake', () => {
  it('keeps someone on the first step and marks the missing answers', async () => {
    // Prepare
    const wrapper = await mountIntake();

    // Act
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    // Assess
    expect(wrapper.find('.error-summary').exists()).toBe(true);
    expect(wrapper.find('#field-email').attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('#field-email').attributes('aria-describedby')).toContain('field-email-error');
    expect(wrapper.text()).toContain('Step 1 of 6');
  });

  it('moves to the next step once the first is answered, and shows the progress', async () => {
    // Prepare
    const wrapper = await mountIntake();
    await wrapper.find('#field-preferredName').setValue('Sam');
    await wrapper.find('#field-email').setValue('sam@example.net');

    // Act
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    // Assess
    expect(wrapper.text()).toContain('Step 2 of 6: What you are looking for');
    expect(wrapper.find('.error-summary').exists()).toBe(false);
  });

  it('shows crisis resources as soon as a safety answer signals risk, before sending', async () => {
    // Prepare
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ draft: completeDraft(), step: 3 }));
    const wrapper = await mountIntake();
    const panelBefore = wrapper.find('.crisis').exists();

    // Act
    await wrapper.find('#field-safety-thoughtsOfSelfHarm-yes').setValue(true);

    // Assess
    expect(panelBefore).toBe(false);
    const panel = wrapper.find('.crisis');
    expect(panel.attributes('role')).toBe('alert');
    expect(panel.find('a[href="tel:988"]').exists()).toBe(true);
    expect(document.activeElement).toBe(panel.element);
  });

  it("shows the crisis resources configured for the page's language, in French on a French page", async () => {
    // Prepare
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ draft: completeDraft(), step: 3 }));
    const wrapper = await mountIntake('fr');

    // Act
    await wrapper.find('#field-safety-riskToOthers-yes').setValue(true);
    await flushPromises();

    // Assess
    const names = wrapper.findAll('.crisis strong').map((name) => name.text());
    expect(names).toEqual(DEFAULT_CRISIS_RESOURCES.fr.map((resource) => resource.name));
    expect(wrapper.find('.crisis a[href="sms:988"]').text()).toBe('Texter le 988');
  });

  it('reviews every answer but the safety ones, and goes back to a step to change it', async () => {
    // Prepare
    const draft = {
      ...completeDraft(),
      peerPreferences: [{ attribute: 'lived_experience', value: 'pregnancy_birth', strength: 'required' }],
    };
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ draft, step: 5 }));
    const wrapper = await mountIntake();
    const text = wrapper.text();

    // Act
    const changeNeeds = wrapper.find('button[aria-label="Change “What you are looking for”"]');
    await changeNeeds.trigger('click');
    await flushPromises();

    // Assess
    expect(text).toContain('Step 6 of 6: Check your answers');
    expect(text).toContain('sam@example.net');
    expect(text).toContain('Lived experience: Pregnancy and birth (Must have)');
    expect(text).toContain('Tuesday, 18:00 to 21:00');
    expect(text).not.toMatch(/danger|hurt/i);
    expect(wrapper.text()).toContain('Step 2 of 6: What you are looking for');
  });

  it("links the privacy consent to the organisation's notice, in a new tab", async () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ draft: completeDraft(), step: 4 }));
    const wrapper = await mountIntake();
    const link = wrapper.find('a[href="http://app.test/privacy"]');
    expect(link.attributes('target')).toBe('_blank');
    expect(link.text()).toBe('Read the privacy notice (opens in a new tab)');
  });

  it('names the time zone its times are in on the availability step', async () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ draft: completeDraft(), step: 2 }));
    const wrapper = await mountIntake();
    expect(wrapper.find('#availability-zone').text()).toMatch(/^These times are in your time zone: America\/Toronto/);
  });

  it('comes back to the saved step and answers after the page is closed', async () => {
    // Prepare
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ draft: { ...completeDraft(), preferredName: 'Robin' }, step: 1 }));

    // Act
    const wrapper = await mountIntake();
    const back = wrapper.findAll('button').find((button) => button.text() === 'Back');
    await back?.trigger('click');
    await flushPromises();

    // Assess
    expect((wrapper.find('#field-preferredName').element as HTMLInputElement).value).toBe('Robin');
  });
});
