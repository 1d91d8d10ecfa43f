import type { ClientSummary, Peer } from '@lantern/contracts';

/** Each peer's load against capacity, fullest first: the bars of the caseload chart. */
export interface CaseloadBar {
  peerId: string;
  name: string;
  caseload: number;
  /** Places still open (0 when full or over). */
  open: number;
  capacity: number;
}

export function caseloadBars(peers: readonly Peer[]): CaseloadBar[] {
  return peers
    .filter((peer) => peer.status !== 'inactive')
    .map((peer) => ({
      peerId: peer.peerId,
      name: peer.displayName,
      caseload: peer.caseload,
      open: Math.max(0, peer.capacity - peer.caseload),
      capacity: peer.capacity,
    }))
    .sort((a, b) => b.caseload / (b.capacity || 1) - a.caseload / (a.capacity || 1) || a.name.localeCompare(b.name));
}

/** Age bands of the waitlist, in days waited: [from, until). */
export const AGE_BANDS = [
  { key: 'underWeek', from: 0, until: 7 },
  { key: 'oneToTwoWeeks', from: 7, until: 14 },
  { key: 'twoToFourWeeks', from: 14, until: 28 },
  { key: 'overFourWeeks', from: 28, until: Number.POSITIVE_INFINITY },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['key'];

export interface WaitlistBand {
  band: AgeBand;
  urgent: number;
  notUrgent: number;
}

const DAY_MS = 86_400_000;

/** The waiting clients counted by how long they have waited, urgent apart: every client in one band. */
export function waitlistBands(
  clients: readonly Pick<ClientSummary, 'urgent' | 'createdAt'>[],
  now: Date,
): WaitlistBand[] {
  const bands = AGE_BANDS.map((band) => ({ band: band.key as AgeBand, urgent: 0, notUrgent: 0 }));
  for (const client of clients) {
    const days = Math.max(0, (now.getTime() - Date.parse(client.createdAt)) / DAY_MS);
    const index = AGE_BANDS.findIndex((band) => days >= band.from && days < band.until);
    const band = bands[index === -1 ? bands.length - 1 : index];
    if (band) band[client.urgent ? 'urgent' : 'notUrgent'] += 1;
  }
  return bands;
}

/** Totals for the headline beside the charts. */
export function caseloadTotals(bars: readonly CaseloadBar[]): { caseload: number; capacity: number; full: number } {
  return {
    caseload: bars.reduce((sum, bar) => sum + bar.caseload, 0),
    capacity: bars.reduce((sum, bar) => sum + bar.capacity, 0),
    full: bars.filter((bar) => bar.open === 0).length,
  };
}
