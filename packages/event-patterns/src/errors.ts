/** Base class for every error this package throws. */
export class EventPatternError extends Error {
  override name = 'EventPatternError';
}

/** The pattern would be rejected by PutRule; `reason` says which field and operator, and what is wrong. */
export class InvalidPatternError extends EventPatternError {
  override name = 'InvalidPatternError';
  constructor(readonly reason: string) {
    super(`Event pattern is not valid. Reason: ${reason}`);
  }
}
