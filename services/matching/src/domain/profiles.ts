import type { ClientProfile, Match, PairExclusion, Peer, PeerProfile } from '@lantern/contracts';
import type { RunCandidate } from './waiting-clients.js';

/** What suggestions and batch runs need of a peer: the engine's profile and the name a coordinator reads. */
export interface RosterPeer {
  readonly profile: PeerProfile;
  readonly displayName: string;
}

export function rosterPeerOf(peer: Peer): RosterPeer {
  return { profile: peerProfileOf(peer), displayName: peer.displayName };
}

/** A peer as the engine sees it. Time-off reasons stay behind: the engine needs only when. */
export function peerProfileOf(peer: Peer): PeerProfile {
  return {
    id: peer.peerId,
    timeZone: peer.timeZone,
    languages: peer.languages,
    modalities: peer.modalities,
    availability: peer.availability,
    timeOff: peer.timeOff.map(({ reason: _reason, ...off }) => off),
    livedExperience: peer.livedExperience,
    specialties: peer.specialties,
    ...(peer.gender === undefined ? {} : { gender: peer.gender }),
    cultures: peer.cultures,
    capacity: peer.capacity,
    caseload: peer.caseload,
    status: peer.status,
  };
}

/**
 * A client as the engine sees it, with the peers they must never be offered again: those with
 * whom the client ended a match. `undefined` while the intake itself has not arrived.
 */
export function clientProfileOf(client: RunCandidate, matches: readonly Match[]): ClientProfile | undefined {
  const { intake } = client;
  if (intake === undefined) return undefined;
  return {
    id: client.clientId,
    timeZone: intake.timeZone,
    languages: intake.languages,
    modalities: intake.modalities,
    availability: intake.availability,
    supportAreas: intake.supportAreas,
    preferences: intake.peerPreferences,
    urgent: intake.urgent,
    waitingSince: intake.submittedAt,
    exclusions: clientEndedPeers(client.clientId, matches).map(
      (peerId): PairExclusion => ({ peerId, kind: 'client_ended_match' }),
    ),
  };
}

/** Peers this client ended a match with (in `matches`, which may hold other clients' too). */
export function clientEndedPeers(clientId: string, matches: readonly Match[]): string[] {
  const peers = matches
    .filter((match) => match.clientId === clientId && match.status === 'ended' && match.endedBy === 'client')
    .map((match) => match.peerId);
  return [...new Set(peers)];
}

export function activeMatchOf(clientId: string, matches: readonly Match[]): Match | undefined {
  return matches.find((match) => match.clientId === clientId && match.status === 'confirmed');
}
