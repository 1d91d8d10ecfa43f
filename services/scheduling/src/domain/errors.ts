import { DomainError } from '@lantern/runtime';
import { REFUSALS, type RefusalCode } from './refusals.js';

/** The base of the scheduling service's domain errors; the runtime answers each with problem+json. */
export abstract class SchedulingError extends DomainError {
  override name = 'SchedulingError';
}

export class MatchNotFoundError extends SchedulingError {
  readonly status = 404;
  constructor() {
    super('No match with this id.');
  }
}

export class SessionNotFoundError extends SchedulingError {
  readonly status = 404;
  constructor() {
    super('No session with this id.');
  }
}

/** The same answer whether or not the record exists: a refusal tells nothing about it. */
export class SessionAccessDeniedError extends SchedulingError {
  readonly status = 403;
  constructor() {
    super('Peers see and change only the sessions of their own matches.');
  }
}

/** Wrong, tampered or expired: one answer for all, so a guess learns nothing. */
export class LinkRefusedError extends SchedulingError {
  readonly status = 403;
  constructor() {
    super('This link is not valid any more. Ask the organisation for a new one.');
  }
}

export class SchedulingConflictError extends SchedulingError {
  readonly status = 409;
}

export class TooLargeChangeError extends SchedulingError {
  readonly status = 409;
  constructor() {
    super('This change touches too many sessions at once; change fewer weeks at a time. Nothing was changed.');
  }
}

/** Domain refusals as problems: a bad request (400) or a state that does not allow it (409). */
export const REFUSAL_STATUS: Readonly<Record<RefusalCode, 400 | 409>> = {
  [REFUSALS.matchNotActive]: 409,
  [REFUSALS.modalityNotShared]: 400,
  [REFUSALS.startInPast]: 400,
  [REFUSALS.notChangeable]: 409,
  [REFUSALS.outcomeTooEarly]: 409,
  [REFUSALS.outcomeOfCancelled]: 409,
  [REFUSALS.nothingToBook]: 409,
};
