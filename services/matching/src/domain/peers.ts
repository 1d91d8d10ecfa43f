import {
  type EventData,
  type Peer,
  type PeerAvailabilityRequest,
  type PeerInput,
  type PeerUpdated,
  type TimeOff,
  WEEKDAYS,
  type WeeklyWindow,
} from '@lantern/contracts';
import { firstNameOf } from './waiting-clients.js';

/** Who is changing a peer record: a coordinator (or admin), or the peer themselves. */
export type PeerEditor = 'coordinator' | 'self';

/** What a peer may not change of their own record: their load, their status, and the sign-in link. */
export const COORDINATOR_ONLY_FIELDS = ['capacity', 'status', 'email'] as const;
export type CoordinatorOnlyField = (typeof COORDINATOR_ONLY_FIELDS)[number];

export type PeerChange =
  | { readonly kind: 'changed'; readonly peer: Peer }
  | { readonly kind: 'unchanged'; readonly peer: Peer }
  | { readonly kind: 'refused'; readonly fields: readonly CoordinatorOnlyField[] };

/** A new peer: active unless told otherwise, no clients yet, version 1. */
export function createPeer(input: PeerInput, peerId: string, now: Date): Peer {
  const at = now.toISOString();
  return {
    ...profileOf(input),
    status: input.status ?? 'active',
    peerId,
    caseload: 0,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * `PUT /peers/{peerId}`: the profile is replaced; a status left out is kept. A peer editing
 * themselves is refused (nothing changes) if they try to change a coordinator-only field.
 */
export function replacePeer(peer: Peer, input: PeerInput, editor: PeerEditor, now: Date): PeerChange {
  const next = { ...peer, ...profileOf(input), status: input.status ?? peer.status };
  if (editor === 'self') {
    const fields = COORDINATOR_ONLY_FIELDS.filter((field) => next[field] !== peer[field]);
    if (fields.length > 0) return { kind: 'refused', fields };
  }
  return versioned(peer, next, now);
}

/** `PUT /peers/{peerId}/availability`: weekly windows and time off, in the peer's zone. */
export function setAvailability(peer: Peer, request: PeerAvailabilityRequest, now: Date): PeerChange {
  return versioned(peer, { ...peer, ...normalisedAvailability(request) }, now);
}

/** What scheduling needs to know of a peer; never lived experience nor why they are away. */
export function peerUpdatedData(peer: Peer): EventData<typeof PeerUpdated> {
  return {
    peerId: peer.peerId,
    firstName: firstNameOf(peer.displayName),
    email: peer.email,
    timeZone: peer.timeZone,
    availability: peer.availability,
    timeOff: peer.timeOff.map(withoutReason),
    status: peer.status,
    capacity: peer.capacity,
    languages: peer.languages,
    modalities: peer.modalities,
    version: peer.version,
    updatedAt: peer.updatedAt,
  };
}

export function withoutReason({ reason: _reason, ...off }: TimeOff): Omit<TimeOff, 'reason'> {
  return off;
}

function profileOf(input: PeerInput): Omit<PeerInput, 'status'> {
  const { status: _status, ...profile } = input;
  return { ...profile, ...normalisedAvailability(input) };
}

/** Windows and time off in one canonical order, so saving the same week twice changes nothing. */
function normalisedAvailability(request: PeerAvailabilityRequest): PeerAvailabilityRequest {
  const windowKey = (w: WeeklyWindow) => `${WEEKDAYS.indexOf(w.day)}${w.start}${w.end}`;
  const offKey = (off: TimeOff) => `${off.date}${off.start ?? ''}${off.end ?? ''}${off.reason ?? ''}`;
  return {
    availability: uniqueSorted(request.availability, windowKey),
    timeOff: uniqueSorted(request.timeOff, offKey),
  };
}

function uniqueSorted<T>(values: readonly T[], keyOf: (value: T) => string): T[] {
  const byKey = new Map(values.map((value) => [keyOf(value), value]));
  return [...byKey.keys()].sort().map((key) => byKey.get(key) as T);
}

function versioned(before: Peer, after: Peer, now: Date): PeerChange {
  if (canonical(before) === canonical(after)) return { kind: 'unchanged', peer: before };
  return { kind: 'changed', peer: { ...after, version: before.version + 1, updatedAt: now.toISOString() } };
}

/** JSON with keys sorted at every level and absent optionals dropped: equal content, equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
