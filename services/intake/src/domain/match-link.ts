import type { ClientRecord, ClientStatus, EventData, MatchConfirmed, MatchEnded } from '@lantern/contracts';

/** The peer a client is matched with, as matching told us: who may read the record (DESIGN §5). */
export interface PeerLink {
  readonly matchId: string;
  /** The peer's sign-in name (their record's email): compared with the caller's `username`. */
  readonly peerEmail: string;
}

export type LinkChange =
  | { readonly changed: false }
  | { readonly changed: true; readonly record: ClientRecord; readonly link: PeerLink | undefined };

/** The system, not a person, moves a client to `matched` and back: the history says so. */
const BY_MATCHING = 'matching';
/** Statuses a confirmed match moves to `matched` (a closed record stays closed, an active one active). */
const MATCHABLE: readonly ClientStatus[] = ['new', 'in_review', 'waitlisted'];
/** Statuses an ended match moves back to the waitlist. */
const LINKED: readonly ClientStatus[] = ['matched', 'active'];

/** `MatchConfirmed`: the client is `matched` (from new, in review or waitlisted) and linked to the peer. */
export function followMatchConfirmed(
  record: ClientRecord,
  link: PeerLink | undefined,
  data: EventData<typeof MatchConfirmed>,
  now: Date,
): LinkChange {
  const next: PeerLink = { matchId: data.matchId, peerEmail: data.peer.email.toLowerCase() };
  const status = MATCHABLE.includes(record.status) ? 'matched' : record.status;
  if (link?.matchId === next.matchId && status === record.status) return { changed: false };
  return { changed: true, record: withStatus(record, status, 'A match was confirmed', now), link: next };
}

/** `MatchEnded` of the linked match: back to the waitlist, the peer no longer linked. Another match's end changes nothing. */
export function followMatchEnded(
  record: ClientRecord,
  link: PeerLink | undefined,
  data: EventData<typeof MatchEnded>,
  now: Date,
): LinkChange {
  if (link?.matchId !== data.matchId) return { changed: false };
  const status = LINKED.includes(record.status) ? 'waitlisted' : record.status;
  return { changed: true, record: withStatus(record, status, 'The match ended', now), link: undefined };
}

/**
 * The record after a link change: a new version even when only the link moved, so a coordinator's
 * change read before it cannot write the old link back (the store's condition is the version).
 */
function withStatus(record: ClientRecord, status: ClientStatus, reason: string, now: Date): ClientRecord {
  const at = now.toISOString();
  const moved = status !== record.status;
  return {
    ...record,
    status,
    updatedAt: at,
    version: record.version + 1,
    statusHistory: moved ? [...record.statusHistory, { status, at, by: BY_MATCHING, reason }] : record.statusHistory,
  };
}
