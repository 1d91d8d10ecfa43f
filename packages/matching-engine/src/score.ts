import { CRITERIA, type Criterion, type MatchingConfig } from './config.js';
import type { PreparedClient, PreparedPeer } from './prepared.js';

/** One criterion's contribution to a score, with a reason a coordinator can read. */
export interface ScoreReason {
  readonly criterion: Criterion;
  readonly points: number;
  readonly detail: string;
}

export interface ScoredPair {
  /** 0–100, exactly the sum of the reasons' points. */
  readonly score: number;
  readonly reasons: readonly ScoreReason[];
}

/**
 * Writes each criterion's whole points into `points` (in the order of CRITERIA) and returns their sum.
 * Every criterion gives `floor(weight × fraction)` with a fraction in [0, 1], so the score is an
 * integer between 0 and the sum of the weights (≤ 100). Allocation-free for the batch.
 */
export function scorePoints(
  client: PreparedClient,
  peer: PreparedPeer,
  sharedMinutes: number,
  config: MatchingConfig,
  points: Int32Array,
): number {
  const { weights } = config;
  const areas = popCount(client.supportAreaMask);
  const sharedAreas = popCount(client.supportAreaMask & peer.livedExperienceMask);
  points[0] = areas === 0 ? 0 : Math.floor((weights.lived_experience * sharedAreas) / areas);

  const wanted = client.wantedSpecialtyIds;
  const covered = countShared(wanted, peer.specialtyIds);
  // Nothing asked for: every peer fits, so nobody is penalised for a criterion that does not apply.
  points[1] = wanted.length === 0 ? weights.specialties : Math.floor((weights.specialties * covered) / wanted.length);

  const preferred = client.preferredTraitIds;
  const met = countShared(preferred, peer.traitIds);
  points[2] = preferred.length === 0 ? weights.preferences : Math.floor((weights.preferences * met) / preferred.length);

  const fullMinutes = config.fullSharedMinutesPerWeek * config.horizonWeeks;
  points[3] = Math.floor((weights.shared_availability * Math.min(sharedMinutes, fullMinutes)) / fullMinutes);

  const maxMinutes = config.maxTimeZoneHours * 60;
  const apart = Math.abs(client.utcOffsetMinutes - peer.utcOffsetMinutes);
  points[4] = Math.floor((weights.time_zone * Math.max(0, maxMinutes - apart)) / maxMinutes);

  const firstLanguage = client.languages[0];
  points[5] = firstLanguage !== undefined && peer.languages.includes(firstLanguage) ? weights.first_language : 0;

  const { capacity } = peer.profile;
  points[6] = capacity <= 0 ? 0 : Math.floor((weights.caseload_balance * peer.room) / capacity);

  let score = 0;
  for (let k = 0; k < CRITERIA.length; k++) score += points[k] as number;
  return score;
}

/** The same score with a reason per criterion (for suggestions and batch proposals). */
export function scorePair(
  client: PreparedClient,
  peer: PreparedPeer,
  sharedMinutes: number,
  config: MatchingConfig,
): ScoredPair {
  const points = new Int32Array(CRITERIA.length);
  const score = scorePoints(client, peer, sharedMinutes, config, points);
  const details = detailsOf(client, peer, sharedMinutes, config);
  const reasons = CRITERIA.map((criterion, k) => ({
    criterion,
    points: points[k] as number,
    detail: details[criterion],
  }));
  return { score, reasons };
}

function detailsOf(
  client: PreparedClient,
  peer: PreparedPeer,
  sharedMinutes: number,
  config: MatchingConfig,
): Record<Criterion, string> {
  const shared = client.profile.supportAreas.filter((area) => peer.profile.livedExperience.includes(area));
  const covered = client.wantedSpecialties.filter((specialty) => peer.specialties.has(specialty));
  const met = client.preferredTraits.filter((trait) => peer.traits.has(trait));
  const perWeek = Math.round(sharedMinutes / config.horizonWeeks / 60);
  const apartHours = Math.abs(client.utcOffsetMinutes - peer.utcOffsetMinutes) / 60;
  const firstLanguage = client.profile.languages[0] ?? '';
  const { capacity, caseload } = peer.profile;
  return {
    lived_experience:
      shared.length > 0
        ? `lived experience of ${readable(shared)}, as the client is seeking`
        : `no lived experience of ${readable(client.profile.supportAreas) || 'the client’s support areas'}`,
    specialties:
      client.wantedSpecialties.length === 0
        ? 'no particular specialty asked for'
        : `${covered.length} of ${client.wantedSpecialties.length} specialties asked for${covered.length > 0 ? `: ${readable(covered)}` : ''}`,
    preferences:
      client.preferredTraits.length === 0
        ? 'no preferences stated'
        : `${met.length} of ${client.preferredTraits.length} preferences met${met.length > 0 ? `: ${readable(met)}` : ''}`,
    shared_availability: `about ${perWeek} h a week free together`,
    first_language: peer.profile.languages.some((language) => language.toLowerCase() === firstLanguage.toLowerCase())
      ? `speaks the client’s first language (${firstLanguage})`
      : `does not speak the client’s first language (${firstLanguage})`,
    time_zone: apartHours === 0 ? 'same time zone offset' : `${apartHours} h apart`,
    caseload_balance: `${capacity - caseload} of ${capacity} places free`,
  };
}

function readable(values: readonly string[]): string {
  return values.map((value) => value.replaceAll('_', ' ').replace(':', ' ')).join(', ');
}

/** How many of `wanted` (a few ids) appear in `offered` (a few ids). */
function countShared(wanted: Int32Array, offered: Int32Array): number {
  let count = 0;
  for (let i = 0; i < wanted.length; i++) {
    for (let j = 0; j < offered.length; j++) {
      if (wanted[i] === offered[j]) {
        count++;
        break;
      }
    }
  }
  return count;
}

function popCount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}
