/** Base error of the matching service's domain. */
export class MatchingDomainError extends Error {
  override readonly name: string = 'MatchingDomainError';
}

/** A record lacks what an operation needs (a caller's mistake, not the user's: a 500, never a 4xx). */
export class IncompleteRecordError extends MatchingDomainError {
  override readonly name = 'IncompleteRecordError';
}
