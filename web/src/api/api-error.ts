import type { Problem } from '@lantern/contracts';

/** A non-2xx answer from the API, carrying its problem details when it sent some. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.title ?? `HTTP ${status}`);
  }
}
