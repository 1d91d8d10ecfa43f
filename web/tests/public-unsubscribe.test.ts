import { DEFAULT_CRISIS_RESOURCES } from '@lantern/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { setRuntimeConfig } from '../src/config/runtime-config.js';
import { createLanternI18n } from '../src/i18n/index.js';
import PublicUnsubscribe from '../src/pages/public/PublicUnsubscribe.vue';

async function mountPage(answer: Response) {
  const fetchMock = vi.fn(async () => answer);
  vi.stubGlobal('fetch', fetchMock);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/unsubscribe/:token', component: PublicUnsubscribe }],
  });
  await router.push('/unsubscribe/tok.en.mac');
  const wrapper = mount(PublicUnsubscribe, { global: { plugins: [createLanternI18n('en'), router] } });
  return { wrapper, fetchMock };
}

/** The page's own button (the public bar has its exit and language buttons too). */
const confirmButton = (wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper']) => {
  const button = wrapper.findAll('button').find((candidate) => candidate.text() === 'Stop optional messages');
  if (!button) throw new Error('no confirm button');
  return button;
};

beforeEach(() => {
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
afterEach(() => vi.unstubAllGlobals());

describe('PublicUnsubscribe', () => {
  it('sends the link’s token only when the person confirms, then says what still comes', async () => {
    // Prepare
    const ok = new Response(JSON.stringify({ unsubscribed: true }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
    const { wrapper, fetchMock } = await mountPage(ok);
    expect(fetchMock).not.toHaveBeenCalled();
    // Act
    await confirmButton(wrapper).trigger('click');
    await flushPromises();
    // Assess
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://api.test/unsubscribe');
    expect(JSON.parse(String(init.body))).toEqual({ token: 'tok.en.mac' });
    expect(wrapper.find('[role="status"]').text()).toMatch(/not get optional messages/);
  });

  it('says a refused link is not valid any more', async () => {
    // Prepare
    const refused = new Response(JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403 }), {
      status: 403,
      headers: { 'content-type': 'application/problem+json' },
    });
    const { wrapper } = await mountPage(refused);
    // Act
    await confirmButton(wrapper).trigger('click');
    await flushPromises();
    // Assess
    expect(wrapper.find('[role="alert"]').text()).toMatch(/not valid any more/);
  });
});
