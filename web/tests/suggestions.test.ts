import type { Match } from '@lantern/contracts';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/api-error.js';
import StaffSuggestionList from '../src/components/staff/StaffSuggestionList.vue';
import { peerNameIn, useSuggestions } from '../src/composables/useSuggestions.js';
import { createLanternI18n } from '../src/i18n/index.js';
import { idOf, SUGGESTIONS } from './matching-fixtures.js';

const CLIENT = idOf('cl', 1);
const match = (peerId: string): Match => ({
  matchId: idOf('ma', 1),
  clientId: CLIENT,
  peerId,
  status: 'confirmed',
  score: 55,
  reasons: SUGGESTIONS.items[0]?.reasons ?? [],
  confirmedBy: 'coordinator-1',
  confirmedAt: '2026-12-07T10:00:00Z',
  version: 1,
});
const atCapacity = new ApiError(409, {
  type: 'about:blank',
  title: 'Conflict',
  status: 409,
  detail: 'Alex has just reached capacity.',
});

describe('useSuggestions', () => {
  it('loads the ranked peers and the active match together', async () => {
    const suggestions = useSuggestions(CLIENT, {
      suggestions: async () => SUGGESTIONS,
      activeMatch: async () => null,
      confirm: async (_clientId, peerId) => match(peerId),
      peerName: async () => 'unused',
    });

    await suggestions.load();

    expect(suggestions.suggestions.value?.items.map((item) => item.displayName)).toEqual(['Alex', 'Sam']);
    expect(suggestions.match.value).toBeNull();
  });

  it('keeps the confirmed match, with the peer the coordinator chose', async () => {
    const asked: string[] = [];
    const suggestions = useSuggestions(CLIENT, {
      suggestions: async () => SUGGESTIONS,
      activeMatch: async () => null,
      confirm: async (clientId, peerId) => {
        asked.push(`${clientId} ${peerId}`);
        return match(peerId);
      },
      peerName: async () => 'unused',
    });
    await suggestions.load();

    expect(await suggestions.confirm(idOf('pr', 2))).toBe(true);

    expect(asked).toEqual([`${CLIENT} ${idOf('pr', 2)}`]);
    expect(suggestions.match.value?.peerId).toBe(idOf('pr', 2));
    expect(suggestions.matchedName.value).toBe('Sam');
    expect(suggestions.refusal.value).toBeNull();
    expect(suggestions.confirming.value).toBeNull();
  });

  it('shows a 409 in the API’s words once the list is fetched again', async () => {
    let loads = 0;
    const shownWhileReloading: Array<string | null> = [];
    const afterRefusal = { items: SUGGESTIONS.items.slice(1), excluded: SUGGESTIONS.excluded };
    const suggestions = useSuggestions(CLIENT, {
      suggestions: async () => {
        shownWhileReloading.push(suggestions.refusal.value);
        return ++loads === 1 ? SUGGESTIONS : afterRefusal;
      },
      activeMatch: async () => null,
      confirm: () => Promise.reject(atCapacity),
      peerName: async () => 'unused',
    });
    await suggestions.load();

    expect(await suggestions.confirm(idOf('pr', 1))).toBe(false);

    expect(suggestions.refusal.value).toBe('Alex has just reached capacity.');
    expect(loads).toBe(2);
    // Announced with the refreshed list, never beside the stale one.
    expect(shownWhileReloading).toEqual([null, null]);
    expect(suggestions.suggestions.value?.items.map((item) => item.displayName)).toEqual(['Sam']);
    expect(suggestions.match.value).toBeNull();
  });

  it('names a peer whether suggested or excluded', () => {
    expect(peerNameIn(SUGGESTIONS, idOf('pr', 3))).toBe('Jo');
    expect(peerNameIn(SUGGESTIONS, idOf('pr', 1))).toBe('Alex');
    expect(peerNameIn(null, idOf('pr', 9))).toBeUndefined();
  });

  it('shows a matched client’s peer even when the client has left the waitlist', async () => {
    const suggestions = useSuggestions(CLIENT, {
      suggestions: () => Promise.reject(new ApiError(404, undefined)),
      activeMatch: async () => match(idOf('pr', 9)),
      confirm: () => Promise.reject(new Error('not called')),
      peerName: async (peerId) => (peerId === idOf('pr', 9) ? 'Robin' : 'someone else'),
    });

    await suggestions.load();

    expect(suggestions.loadFailed.value).toBe(false);
    expect(suggestions.matchedName.value).toBe('Robin');
  });

  it('says the suggestions could not be loaded when an unmatched client has none', async () => {
    const suggestions = useSuggestions(CLIENT, {
      suggestions: () => Promise.reject(new Error('down')),
      activeMatch: async () => null,
      confirm: () => Promise.reject(new Error('not called')),
      peerName: async () => 'unused',
    });

    await suggestions.load();

    expect(suggestions.loadFailed.value).toBe(true);
  });
});

const mountList = (locale: 'en' | 'fr', canConfirm = true) =>
  mount(StaffSuggestionList, {
    props: { suggestions: SUGGESTIONS, confirming: null, canConfirm },
    global: { plugins: [createLanternI18n(locale)] },
  });

describe('the suggestion list', () => {
  it('shows each reason with its points, best peer first, and confirms the one chosen', async () => {
    const wrapper = mountList('en');

    const first = wrapper.findAll('.suggestion')[0];
    expect(first?.find('h3').text()).toBe('Alex');
    expect(first?.findAll('.reasons li').map((reason) => reason.text().replace(/\s+/g, ' '))).toEqual([
      '+40 Lived experience: Shares lived experience of pregnancy and birth',
      '+15 First language: Same first language (fr)',
    ]);
    await wrapper.findAll('.suggestion button')[1]?.trigger('click');

    expect(wrapper.emitted('confirm')).toEqual([[idOf('pr', 2)]]);
  });

  it('lists the excluded peers with why, collapsed, in French by their codes', () => {
    const wrapper = mountList('fr');

    const excluded = wrapper.find('details.excluded');
    expect(excluded.attributes('open')).toBeUndefined();
    expect(excluded.find('summary').text()).toContain('1');
    expect(excluded.find('li').text()).toBe('Jo: Capacité atteinte');
  });

  it('offers no confirmation once the client is matched', () => {
    expect(mountList('en', false).findAll('.suggestion button')).toHaveLength(0);
  });
});
