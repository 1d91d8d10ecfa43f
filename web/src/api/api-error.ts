import type { Problem } from '@lantern/contracts';

/** A non-2xx answer from the API, carrying its problem details when it sent some. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    /** The answer's body as sent, for a problem's own extension members (a 409's `conflicts`). */
    readonly body?: unknown,
  ) {
    super(problem?.title ?? `HTTP ${status}`);
  }
}
