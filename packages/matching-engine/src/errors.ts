/** Base error of the matching engine: every failure it throws is one of these. */
export class MatchingEngineError extends Error {
  override readonly name: string = 'MatchingEngineError';
}

/** The solver's input is not a valid instance (ragged matrix, negative or non-finite weight, ...). */
export class InvalidInstanceError extends MatchingEngineError {
  override readonly name = 'InvalidInstanceError';
}

/** A batch is too large for its lexicographic objective to be encoded exactly in doubles. */
export class ObjectiveTooLargeError extends MatchingEngineError {
  override readonly name = 'ObjectiveTooLargeError';
}

/** The matching configuration does not keep scores whole numbers in 0–100. */
export class InvalidConfigError extends MatchingEngineError {
  override readonly name = 'InvalidConfigError';
}
