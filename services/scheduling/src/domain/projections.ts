import type { ContactChannel, Locale, Modality, WeeklyWindow } from '@lantern/contracts';

/**
 * Scheduling's own copies of peers and matches, folded from matching's events (event-carried
 * state transfer: never a read of matching's table). The event shapes are declared here with the
 * fields scheduling reads; matching's catalog (`PeerUpdated`, `MatchConfirmed`, `MatchEnded`) is
 * the source of truth and carries more.
 */
export interface TimeOff {
  date: string;
  start?: string;
  end?: string;
  reason?: string;
}

export interface PeerUpdatedData {
  peerId: string;
  firstName: string;
  email: string;
  timeZone: string;
  availability: WeeklyWindow[];
  timeOff: TimeOff[];
  status: string;
  version: number;
  updatedAt: string;
}

export interface MatchConfirmedData {
  matchId: string;
  clientId: string;
  peerId: string;
  confirmedAt: string;
  modalities: Modality[];
  client: {
    firstName: string;
    timeZone: string;
    locale: Locale;
    availability: WeeklyWindow[];
    contactChannels: ContactChannel[];
    email?: string;
    phone?: string;
  };
  peer: { firstName: string; email: string; timeZone: string; availability: WeeklyWindow[]; timeOff: TimeOff[] };
}

export interface MatchEndedData {
  matchId: string;
  clientId: string;
  peerId: string;
  at: string;
}

export type PeerRecord = Omit<PeerUpdatedData, never>;

export interface MatchRecord {
  matchId: string;
  clientId: string;
  peerId: string;
  status: 'confirmed' | 'ended';
  confirmedAt?: string;
  endedAt?: string;
  /** Absent only when `MatchEnded` arrived before `MatchConfirmed` (a tombstone). */
  details?: Pick<MatchConfirmedData, 'modalities' | 'client' | 'peer'>;
}

/**
 * The peer record after a `PeerUpdated`; `undefined` means nothing changes (the event is a
 * duplicate or older than what is kept), so redelivery and reordering are harmless.
 */
export function applyPeerUpdated(current: PeerRecord | undefined, event: PeerUpdatedData): PeerRecord | undefined {
  if (current && current.version >= event.version) return undefined;
  const { peerId, firstName, email, timeZone, availability, timeOff, status, version, updatedAt } = event;
  return { peerId, firstName, email, timeZone, availability, timeOff, status, version, updatedAt };
}

/** A confirmed match; a match already ended stays ended (its details are filled in, nothing else). */
export function applyMatchConfirmed(
  current: MatchRecord | undefined,
  event: MatchConfirmedData,
): MatchRecord | undefined {
  if (current?.details) return undefined;
  const details = { modalities: event.modalities, client: event.client, peer: event.peer };
  const base = {
    matchId: event.matchId,
    clientId: event.clientId,
    peerId: event.peerId,
    confirmedAt: event.confirmedAt,
  };
  if (current?.status === 'ended') return { ...current, ...base, status: 'ended', details };
  return { ...base, status: 'confirmed', details };
}

/** An ended match; ending is final, whatever order the events arrive in. */
export function applyMatchEnded(current: MatchRecord | undefined, event: MatchEndedData): MatchRecord | undefined {
  if (current?.status === 'ended') return undefined;
  const base = current ?? { matchId: event.matchId, clientId: event.clientId, peerId: event.peerId };
  return { ...base, status: 'ended', endedAt: event.at };
}

/** What the slot search and booking read of a match: the peer's newest availability wins. */
export interface SchedulingPair {
  matchId: string;
  peerId: string;
  clientId: string;
  modalities: Modality[];
  peer: { firstName: string; email: string; timeZone: string; availability: WeeklyWindow[]; timeOff: TimeOff[] };
  client: MatchConfirmedData['client'];
}

/** The pair to schedule for, or `undefined` when the match is not active or not yet known in full. */
export function schedulingPairOf(match: MatchRecord | undefined, peer?: PeerRecord): SchedulingPair | undefined {
  if (match?.status !== 'confirmed' || !match.details) return undefined;
  if (peer && peer.status !== 'active') return undefined;
  const snapshot = match.details.peer;
  return {
    matchId: match.matchId,
    peerId: match.peerId,
    clientId: match.clientId,
    modalities: match.details.modalities,
    client: match.details.client,
    peer: peer
      ? {
          firstName: peer.firstName,
          email: peer.email,
          timeZone: peer.timeZone,
          availability: peer.availability,
          timeOff: peer.timeOff,
        }
      : snapshot,
  };
}
