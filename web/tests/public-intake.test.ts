import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { loadValidation } from '../src/composables/useIntakeForm.js';
import { setRuntimeConfig } from '../src/config/runtime-config.js';
import { createLanternI18n } from '../src/i18n/index.js';
import { DRAFT_KEY } from '../src/intake/draft-storage.js';
import PublicIntake from '../src/pages/public/PublicIntake.vue';
import { completeDraft } from './helpers.js';

async function mountIntake() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/intake', component: PublicIntake },
      { path: '/intake/done', component: { template: '<p>done</p>' } },
    ],
  });
  await router.push('/intake');
  const wrapper = mount(PublicIntake, {
    global: { plugins: [createLanternI18n('en'), router] },
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
    expect(wrapper.text()).toContain('Step 1 of 5');
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
    expect(wrapper.text()).toContain('Step 2 of 5: What you are looking for');
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
