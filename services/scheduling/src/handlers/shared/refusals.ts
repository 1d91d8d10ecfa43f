import { ValidationProblem } from '@lantern/runtime';
import { REFUSAL_STATUS, SchedulingConflictError } from '../../domain/errors.js';
import { SchedulingRefusal } from '../../domain/index.js';

/** Runs domain planning, answering its refusals as 400 (the request) or 409 (the state). */
export function planned<T>(plan: () => T, field = 'start'): T {
  try {
    return plan();
  } catch (error) {
    if (!(error instanceof SchedulingRefusal)) throw error;
    if (REFUSAL_STATUS[error.code] === 400) throw new ValidationProblem([{ path: field, message: error.message }]);
    throw new SchedulingConflictError(error.message);
  }
}

/** Starts are whole minutes, stored without fractions so that listings sort by text. */
export function wholeMinute(instant: string, field = 'start'): string {
  const ms = Date.parse(instant);
  if (ms % 60_000 !== 0) throw new ValidationProblem([{ path: field, message: 'Start on a whole minute.' }]);
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
