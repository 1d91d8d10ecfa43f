import { DomainError } from '@lantern/runtime';

/** The matching service's answers to a request it refuses; the runtime turns each into problem+json. */
export abstract class MatchingRefusal extends DomainError {
  override name = 'MatchingRefusal';
}

export class NotFoundError extends MatchingRefusal {
  readonly status = 404;
}

/** The same answer whether or not the record exists: a refusal tells nothing about it. */
export class NotYoursError extends MatchingRefusal {
  readonly status = 403;
  constructor() {
    super('Peers can see and change only their own record and matches.');
  }
}

export class CoordinatorOnlyError extends MatchingRefusal {
  readonly status = 403;
  constructor(fields: readonly string[]) {
    super(`Only a coordinator can change ${fields.join(', ')}; nothing was written.`);
  }
}

export class ConflictError extends MatchingRefusal {
  readonly status = 409;
}

export class StaleVersionError extends MatchingRefusal {
  readonly status = 412;
  constructor(current: number) {
    super(`This record changed since you read it (now version ${current}); nothing was written. Reload and try again.`);
  }
}

/** "Alex has just reached capacity; this client already has a confirmed match." */
export function plainDetail(details: readonly string[]): string {
  const text = details.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
