/*
 * What the engine needs to know about people: the types and their zod schemas live in
 * @lantern/contracts, shared with the matching service that builds them from its records.
 */
export type { ClientProfile, ExclusionKind, PairExclusion, PeerProfile, PeerStatus } from '@lantern/contracts';
export { EXCLUSION_KINDS, PEER_STATUSES } from '@lantern/contracts';
