import type { Modality, PeerPreference, SupportArea, WeeklyWindow } from '@lantern/contracts';
import type { AvailabilityException } from '@lantern/scheduling-engine';

/*
 * What the engine needs to know about people. These types live here until the matching service
 * lands; they then move to @lantern/contracts (with zod schemas) and this file re-exports them.
 */

export const PEER_STATUSES = ['active', 'on_leave', 'inactive'] as const;
export type PeerStatus = (typeof PEER_STATUSES)[number];

export const EXCLUSION_KINDS = ['client_ended_match', 'declared_conflict'] as const;
export type ExclusionKind = (typeof EXCLUSION_KINDS)[number];

/** A pair that must never be suggested again, with why. */
export interface PairExclusion {
  readonly peerId: string;
  readonly kind: ExclusionKind;
}

export interface PeerProfile {
  readonly id: string;
  /** IANA zone in which `availability` is written. */
  readonly timeZone: string;
  /** Language codes; the first is the peer's first language. */
  readonly languages: readonly string[];
  readonly modalities: readonly Modality[];
  readonly availability: readonly WeeklyWindow[];
  /** Dated time off in the peer's zone. */
  readonly timeOff?: readonly AvailabilityException[];
  /** Support areas the peer has lived experience of. */
  readonly livedExperience: readonly SupportArea[];
  /** What the peer is skilled at, e.g. `birth_planning`, `self_advocacy`, `wellness_planning`. */
  readonly specialties: readonly string[];
  readonly gender?: string;
  readonly cultures?: readonly string[];
  /** How many clients the peer can walk alongside at once, and how many they have now. */
  readonly capacity: number;
  readonly caseload: number;
  readonly status: PeerStatus;
}

export interface ClientProfile {
  readonly id: string;
  readonly timeZone: string;
  /** Language codes; the first is the client's first language. */
  readonly languages: readonly string[];
  readonly modalities: readonly Modality[];
  readonly availability: readonly WeeklyWindow[];
  readonly supportAreas: readonly SupportArea[];
  /** Specialties the client would value in a peer (same vocabulary as `PeerProfile.specialties`). */
  readonly wantedSpecialties?: readonly string[];
  readonly preferences?: readonly PeerPreference[];
  readonly urgent: boolean;
  /** ISO-8601 instant since which the client has been waiting. */
  readonly waitingSince: string;
  readonly exclusions?: readonly PairExclusion[];
}
