import type { ClientList } from '@lantern/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useMatchingOverview } from '../src/composables/useMatchingOverview.js';
import { loadWaitingClients, nameBook, WAITING_STATUSES } from '../src/matching/directory.js';
import { AGE_BANDS, caseloadBars, caseloadTotals, waitlistBands } from '../src/matching/overview.js';
import { idOf, peer, waitingClient } from './matching-fixtures.js';

const NOW = new Date('2026-12-07T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

describe('caseloadBars', () => {
  it('puts the fullest peers first, leaves out inactive ones, and never shows negative open places', () => {
    const bars = caseloadBars([
      peer(1, { displayName: 'Half', caseload: 2, capacity: 4 }),
      peer(2, { displayName: 'Over', caseload: 5, capacity: 4 }),
      peer(3, { displayName: 'Gone', status: 'inactive' }),
      peer(4, { displayName: 'Empty', caseload: 0, capacity: 3 }),
    ]);

    expect(bars.map((bar) => [bar.name, bar.caseload, bar.open])).toEqual([
      ['Over', 5, 0],
      ['Half', 2, 2],
      ['Empty', 0, 3],
    ]);
    expect(caseloadTotals(bars)).toEqual({ caseload: 7, capacity: 11, full: 1 });
  });
});

describe('waitlistBands', () => {
  it('counts urgent and not urgent clients by the time they have waited', () => {
    const bands = waitlistBands(
      [
        waitingClient(1, daysAgo(1), true),
        waitingClient(2, daysAgo(6.9)),
        waitingClient(3, daysAgo(7)),
        waitingClient(4, daysAgo(30), true),
      ],
      NOW,
    );

    expect(bands).toEqual([
      { band: 'underWeek', urgent: 1, notUrgent: 1 },
      { band: 'oneToTwoWeeks', urgent: 0, notUrgent: 1 },
      { band: 'twoToFourWeeks', urgent: 0, notUrgent: 0 },
      { band: 'overFourWeeks', urgent: 1, notUrgent: 0 },
    ]);
  });

  it('puts every client in exactly one band, whatever their age (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: -2, max: 400, noNaN: true }), fc.boolean())), (clients) => {
        const bands = waitlistBands(
          clients.map(([days, urgent], n) => waitingClient(n, daysAgo(days), urgent)),
          NOW,
        );
        expect(bands.map((band) => band.band)).toEqual(AGE_BANDS.map((band) => band.key));
        expect(bands.reduce((sum, band) => sum + band.urgent, 0)).toBe(clients.filter(([, urgent]) => urgent).length);
        expect(bands.reduce((sum, band) => sum + band.urgent + band.notUrgent, 0)).toBe(clients.length);
      }),
    );
  });
});

describe('loadWaitingClients', () => {
  it('follows every page of every waiting status', async () => {
    const asked: string[] = [];
    const clients = await loadWaitingClients(async (filters, cursor): Promise<ClientList> => {
      asked.push(`${filters.status} ${cursor ?? '-'}`);
      const n = WAITING_STATUSES.indexOf(filters.status as (typeof WAITING_STATUSES)[number]) * 10;
      return cursor
        ? { items: [waitingClient(n + 2, daysAgo(2))], nextCursor: null }
        : { items: [waitingClient(n + 1, daysAgo(1))], nextCursor: 'more' };
    });

    expect(asked.sort()).toEqual(WAITING_STATUSES.flatMap((status) => [`${status} -`, `${status} more`]).sort());
    expect(clients).toHaveLength(6);
  });
});

describe('nameBook', () => {
  it('names peers and clients by id, and shows an unknown id as it is', () => {
    const nameOf = nameBook([peer(1, { displayName: 'Alex' })], [waitingClient(1, daysAgo(1))]);

    expect([nameOf(idOf('pr', 1)), nameOf(idOf('cl', 1)), nameOf(idOf('cl', 9))]).toEqual([
      'Alex',
      'Client 1',
      idOf('cl', 9),
    ]);
  });
});

describe('useMatchingOverview', () => {
  it('builds both charts from one load, and says so when a source fails', async () => {
    let fail = true;
    const overview = useMatchingOverview({
      peers: async () => [peer(1, { caseload: 4, capacity: 4 }), peer(2, { caseload: 1 })],
      waiting: async () => {
        if (fail) throw new Error('down');
        return [waitingClient(1, daysAgo(20), true), waitingClient(2, daysAgo(3))];
      },
      now: () => NOW,
    });

    await overview.load();
    expect(overview.failed.value).toBe(true);
    expect(overview.loaded.value).toBe(false);
    fail = false;
    await overview.load();

    expect(overview.failed.value).toBe(false);
    expect(overview.totals.value).toEqual({ caseload: 5, capacity: 8, full: 1 });
    expect(overview.waitingTotals.value).toEqual({ count: 2, urgent: 1 });
    expect(overview.bands.value.find((band) => band.band === 'twoToFourWeeks')?.urgent).toBe(1);
  });
});
