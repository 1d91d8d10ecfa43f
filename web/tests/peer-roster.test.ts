import type { PeerList, PeerStatus } from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import { caseloadShare, filterPeers, rosterFiltersFromQuery, usePeerRoster } from '../src/composables/usePeerRoster.js';
import { peer } from './matching-fixtures.js';

/** A page fetcher that records what it was asked and answers from a script. */
function recordingFetch(answer: (status: PeerStatus | undefined, cursor?: string) => Promise<PeerList>) {
  const calls: Array<{ status: PeerStatus | undefined; cursor: string | undefined }> = [];
  const fetchPage = (status: PeerStatus | undefined, cursor?: string) => {
    calls.push({ status, cursor });
    return answer(status, cursor);
  };
  return { calls, fetchPage };
}

describe('filterPeers', () => {
  it('keeps only the peers who speak the language and share the lived experience asked for', () => {
    const peers = [
      peer(1, { languages: ['en', 'fr'], livedExperience: ['parenting'] }),
      peer(2, { languages: ['en'], livedExperience: ['parenting'] }),
      peer(3, { languages: ['fr'], livedExperience: ['grief'] }),
    ];

    const shown = filterPeers(peers, { language: 'fr', livedExperience: 'parenting' });

    expect(shown.map((found) => found.displayName)).toEqual(['Peer 1']);
    expect(filterPeers(peers, {})).toHaveLength(3);
  });
});

describe('caseloadShare', () => {
  it('is full at capacity, never above 1, and full for a peer with no places', () => {
    expect(caseloadShare({ caseload: 2, capacity: 4 })).toEqual({ ratio: 0.5, full: false });
    expect(caseloadShare({ caseload: 4, capacity: 4 })).toEqual({ ratio: 1, full: true });
    expect(caseloadShare({ caseload: 5, capacity: 4 })).toEqual({ ratio: 1, full: true });
    expect(caseloadShare({ caseload: 0, capacity: 0 })).toEqual({ ratio: 1, full: true });
  });
});

describe('usePeerRoster', () => {
  it('asks the API again when the status changes, and only narrows what is loaded for a language', async () => {
    const { calls, fetchPage } = recordingFetch(async (status) => ({
      items: [peer(1, { status: status ?? 'active', languages: ['fr'] }), peer(2, { languages: ['en'] })],
      nextCursor: null,
    }));
    const roster = usePeerRoster(fetchPage);

    await roster.applyFilters({});
    await roster.applyFilters({ language: 'fr' });
    await roster.applyFilters({ language: 'fr', status: 'on_leave' });

    expect(calls).toEqual([
      { status: undefined, cursor: undefined },
      { status: 'on_leave', cursor: undefined },
    ]);
    expect(roster.items.value.map((found) => found.peerId)).toEqual([peer(1).peerId]);
    expect(roster.languages.value).toEqual(['en', 'fr']);
  });

  it('appends the next page after the ones shown', async () => {
    const { fetchPage } = recordingFetch(async (_status, cursor) =>
      cursor ? { items: [peer(3)], nextCursor: null } : { items: [peer(1), peer(2)], nextCursor: 'next' },
    );
    const roster = usePeerRoster(fetchPage);

    await roster.applyFilters({});
    await roster.loadMore();

    expect(roster.items.value.map((found) => found.displayName)).toEqual(['Peer 1', 'Peer 2', 'Peer 3']);
    expect(roster.nextCursor.value).toBeNull();
  });

  it('keeps the newest filters when an older answer arrives last', async () => {
    const answers: Array<(page: PeerList) => void> = [];
    const roster = usePeerRoster(() => new Promise((resolve) => answers.push(resolve)));

    const first = roster.applyFilters({ status: 'active' });
    const second = roster.applyFilters({ status: 'inactive' });
    answers[1]?.({ items: [peer(2, { status: 'inactive' })], nextCursor: null });
    answers[0]?.({ items: [peer(1)], nextCursor: null });
    await Promise.all([first, second]);

    expect(roster.items.value.map((found) => found.status)).toEqual(['inactive']);
    expect(roster.loading.value).toBe(false);
  });

  it('says so when the API fails', async () => {
    const roster = usePeerRoster(() => Promise.reject(new Error('down')));

    await roster.applyFilters({});

    expect(roster.failed.value).toBe(true);
    expect(roster.items.value).toEqual([]);
  });
});

describe('rosterFiltersFromQuery', () => {
  it('keeps known values from the address and drops anything else', () => {
    expect(rosterFiltersFromQuery({ status: 'on_leave', language: 'fr', lived: 'parenting' })).toEqual({
      status: 'on_leave',
      language: 'fr',
      livedExperience: 'parenting',
    });
    expect(rosterFiltersFromQuery({ status: 'asleep', language: 'French!', lived: ['parenting'] })).toEqual({});
  });
});
