import type {
  EndMatchRequest,
  EventData,
  Match,
  MatchConfirmed,
  MatchEnded,
  MatchReason,
  Peer,
} from '@lantern/contracts';
import { IncompleteRecordError } from './errors.js';
import { withoutReason } from './peers.js';
import { firstNameOf, type WaitingClient } from './waiting-clients.js';

export interface NewMatch {
  readonly matchId: string;
  readonly clientId: string;
  readonly peerId: string;
  readonly score: number;
  readonly reasons: readonly MatchReason[];
  /** The staff account's `sub`. */
  readonly confirmedBy: string;
  readonly now: Date;
  readonly runId?: string;
}

/** A confirmed match, with the score and reasons the coordinator saw. */
export function confirmedMatch(input: NewMatch): Match {
  return {
    matchId: input.matchId,
    clientId: input.clientId,
    peerId: input.peerId,
    status: 'confirmed',
    score: input.score,
    reasons: [...input.reasons],
    confirmedBy: input.confirmedBy,
    confirmedAt: input.now.toISOString(),
    ...(input.runId === undefined ? {} : { runId: input.runId }),
    version: 1,
  };
}

export type EndOutcome =
  | { readonly changed: true; readonly match: Match }
  | { readonly changed: false; readonly match: Match };

/** Ends a confirmed match; ending an ended one changes nothing (a retried request is harmless). */
export function endMatch(match: Match, request: EndMatchRequest, now: Date): EndOutcome {
  if (match.status === 'ended') return { changed: false, match };
  return {
    changed: true,
    match: {
      ...match,
      status: 'ended',
      endedAt: now.toISOString(),
      endedBy: request.endedBy,
      endReason: request.reason,
      version: match.version + 1,
    },
  };
}

/**
 * What scheduling and messages need of a new match: first names, zones, locale, availability and
 * the ways the client agreed to be contacted. Never support areas, lived experience or urgency.
 */
export function matchConfirmedData(match: Match, client: WaitingClient, peer: Peer): EventData<typeof MatchConfirmed> {
  const { intake } = client;
  if (intake === undefined) throw new IncompleteRecordError('A match needs the client’s intake');
  const channels = client.contactChannels?.value ?? [];
  const byPhone = channels.includes('phone') || channels.includes('text');
  return {
    matchId: match.matchId,
    clientId: match.clientId,
    peerId: match.peerId,
    confirmedAt: match.confirmedAt,
    modalities: intake.modalities.filter((modality) => peer.modalities.includes(modality)),
    client: {
      firstName: firstNameOf(intake.preferredName),
      timeZone: intake.timeZone,
      locale: intake.locale,
      availability: intake.availability,
      contactChannels: [...channels],
      ...(channels.includes('email') && client.email ? { email: client.email.value } : {}),
      ...(byPhone && client.phone ? { phone: client.phone.value } : {}),
    },
    peer: {
      firstName: firstNameOf(peer.displayName),
      email: peer.email,
      bio: peer.bio,
      timeZone: peer.timeZone,
      availability: peer.availability,
      timeOff: peer.timeOff.map(withoutReason),
    },
  };
}

/** The reason a match ended stays here; the event says only who ended it and when. */
export function matchEndedData(match: Match): EventData<typeof MatchEnded> {
  if (match.status !== 'ended' || match.endedBy === undefined || match.endedAt === undefined) {
    throw new IncompleteRecordError('Only an ended match has a MatchEnded event');
  }
  return {
    matchId: match.matchId,
    clientId: match.clientId,
    peerId: match.peerId,
    endedBy: match.endedBy,
    at: match.endedAt,
  };
}
