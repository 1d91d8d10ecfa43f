import { MATCH_CRITERIA, type MatchCriterion } from '@lantern/contracts';
import { InvalidConfigError } from './errors.js';

/** The soft criteria a score is made of, each worth at most its weight in points (named in contracts). */
export const CRITERIA = MATCH_CRITERIA;
export type Criterion = MatchCriterion;

/**
 * Everything an admin may tune. Weights are whole points and add up to at most 100, so a score is
 * an integer in 0–100 (the batch objective relies on that to stay exact).
 */
export interface MatchingConfig {
  readonly weights: Readonly<Record<Criterion, number>>;
  /** A pair is eligible only if both are free together for at least one session this long. */
  readonly sessionMinutes: number;
  /** How many weeks ahead availability is compared, on real instants. */
  readonly horizonWeeks: number;
  /** Shared time per week that earns all the `shared_availability` points. */
  readonly fullSharedMinutesPerWeek: number;
  /** Time-zone difference (hours) at which `time_zone` points reach 0. */
  readonly maxTimeZoneHours: number;
}

/**
 * Default weights (sum 100), in the order a coordinator weighs them:
 * - lived_experience 35: shared lived experience is what peer support is; strongest by design.
 * - specialties 15 and preferences 15: what the client asked for in their own intake.
 * - shared_availability 15: more shared hours make weekly sessions and rescheduling realistic.
 * - first_language 10: support in one's first language lands better, beyond a merely shared one.
 * - time_zone 5 and caseload_balance 5: tie-breakers of comfort and fairness (spread the load),
 *   small enough never to outweigh what the client asked for.
 */
export const DEFAULT_MATCHING_CONFIG: MatchingConfig = {
  weights: {
    lived_experience: 35,
    specialties: 15,
    preferences: 15,
    shared_availability: 15,
    first_language: 10,
    time_zone: 5,
    caseload_balance: 5,
  },
  sessionMinutes: 60,
  horizonWeeks: 4,
  fullSharedMinutesPerWeek: 360,
  maxTimeZoneHours: 6,
};

export function validateConfig(config: MatchingConfig): MatchingConfig {
  let sum = 0;
  for (const criterion of CRITERIA) {
    const weight = config.weights[criterion];
    if (!Number.isInteger(weight) || weight < 0) {
      throw new InvalidConfigError(`weight of ${criterion} must be a whole number ≥ 0, got ${weight}`);
    }
    sum += weight;
  }
  if (sum > 100) throw new InvalidConfigError(`weights add up to ${sum}; at most 100`);
  for (const key of ['sessionMinutes', 'horizonWeeks', 'fullSharedMinutesPerWeek', 'maxTimeZoneHours'] as const) {
    if (!(Number.isFinite(config[key]) && config[key] > 0)) {
      throw new InvalidConfigError(`${key} must be a positive number, got ${config[key]}`);
    }
  }
  return config;
}
