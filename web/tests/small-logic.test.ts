import { DEFAULT_CRISIS_RESOURCES } from '@lantern/contracts';
import { describe, expect, it, vi } from 'vitest';
import { rolesOf } from '../src/auth/roles.js';
import { filtersFromQuery, useClientQueue } from '../src/composables/useClientQueue.js';
import { quickExit } from '../src/composables/useQuickExit.js';
import { parseRuntimeConfig } from '../src/config/runtime-config.js';
import { initialLocale } from '../src/i18n/index.js';
import { DRAFT_KEY } from '../src/intake/draft-storage.js';
import { MemoryStorage } from './helpers.js';

const token = (claims: object) => `h.${btoa(JSON.stringify(claims)).replaceAll('=', '')}.s`;

describe('quickExit', () => {
  it('clears the saved answers and replaces the page with the neutral one', () => {
    // Prepare
    const storage = new MemoryStorage();
    const session = new MemoryStorage();
    storage.setItem(DRAFT_KEY, '{}');
    session.setItem('anything', 'x');
    const location = { replace: vi.fn() };

    // Act
    quickExit({ storage, session, location, url: 'https://example.org/weather' });

    // Assess
    expect(storage.getItem(DRAFT_KEY)).toBeNull();
    expect(session.length).toBe(0);
    expect(location.replace).toHaveBeenCalledWith('https://example.org/weather');
  });
});

describe('rolesOf', () => {
  it('reads the staff roles from the cognito:groups claim and ignores other groups', () => {
    // Prepare, Act
    const roles = rolesOf(token({ 'cognito:groups': ['admin', 'us-east-1_pool_Google'] }));

    // Assess
    expect(roles).toEqual(['admin']);
    expect(rolesOf('not a token')).toEqual([]);
  });
});

describe('initialLocale', () => {
  it('prefers the saved choice, then the browser language, then English', () => {
    // Prepare, Act, Assess
    expect(initialLocale('fr', ['en-CA'])).toBe('fr');
    expect(initialLocale(null, ['de-DE', 'fr-CA'])).toBe('fr');
    expect(initialLocale('xx', ['de'])).toBe('en');
  });
});

describe('parseRuntimeConfig', () => {
  it('fills defaults and refuses a file without the issuer', () => {
    // Prepare
    const raw = {
      apiUrl: 'https://api.example.org/',
      authority: 'https://issuer.example.org',
      clientId: 'web',
      redirectUri: 'https://app.example.org/staff/callback',
      postLogoutRedirectUri: 'https://app.example.org/',
      silentRedirectUri: 'https://app.example.org/silent-renew.html',
      crisisResources: DEFAULT_CRISIS_RESOURCES,
    };

    // Act
    const config = parseRuntimeConfig(raw, 'https://app.example.org');

    // Assess
    expect(config.apiUrl).toBe('https://api.example.org');
    expect(config.quickExitUrl).toBe('https://app.example.org/neutral.html');
    expect(config.privacyNoticeUrl).toBe('https://app.example.org/privacy');
    expect(config.crisisResources.fr).toEqual(DEFAULT_CRISIS_RESOURCES.fr);
    expect(() => parseRuntimeConfig({ ...raw, authority: '' }, 'x')).toThrow(/authority/);
  });

  it('refuses a file without crisis resources for every language, rather than show none', () => {
    const raw = {
      apiUrl: 'a',
      authority: 'b',
      clientId: 'c',
      redirectUri: 'd',
      postLogoutRedirectUri: 'e',
      silentRedirectUri: 'f',
    };
    expect(() => parseRuntimeConfig(raw, 'x')).toThrow('config.json needs "crisisResources.en"');
    const englishOnly = { ...raw, crisisResources: { en: DEFAULT_CRISIS_RESOURCES.en } };
    expect(() => parseRuntimeConfig(englishOnly, 'x')).toThrow('config.json needs "crisisResources.fr"');
  });
});

describe('useClientQueue', () => {
  it('pages through the queue and starts again when the filters change', async () => {
    // Prepare
    const row = (clientId: string) => ({ clientId }) as never;
    const fetchPage = vi
      .fn()
      .mockResolvedValueOnce({ items: [row('a')], nextCursor: 'c1' })
      .mockResolvedValueOnce({ items: [row('b')], nextCursor: null })
      .mockResolvedValueOnce({ items: [row('z')], nextCursor: null });
    const queue = useClientQueue(fetchPage);

    // Act
    await queue.applyFilters({});
    await queue.loadMore();
    const afterPaging = queue.items.value.map((item) => item.clientId);
    await queue.applyFilters(filtersFromQuery({ status: 'new', urgent: 'true', other: 'x' }));

    // Assess
    expect(afterPaging).toEqual(['a', 'b']);
    expect(fetchPage).toHaveBeenLastCalledWith({ status: 'new', urgent: true }, undefined);
    expect(queue.items.value.map((item) => item.clientId)).toEqual(['z']);
    expect(queue.nextCursor.value).toBeNull();
  });
});
