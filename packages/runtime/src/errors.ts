import { type FieldProblem, PROBLEM_TYPES } from '@lantern/contracts';

type ProblemType = (typeof PROBLEM_TYPES)[keyof typeof PROBLEM_TYPES];

/** Base of every error a handler may throw to answer with problem+json. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly type: ProblemType,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: readonly FieldProblem[],
  ) {
    super(detail ?? title);
    this.name = 'HttpProblem';
  }
}

export class ValidationProblem extends HttpProblem {
  constructor(errors: readonly FieldProblem[], detail = 'Some fields need attention.') {
    super(400, PROBLEM_TYPES.validation, 'Invalid request', detail, errors);
  }
}

export class MalformedJsonProblem extends HttpProblem {
  constructor() {
    super(400, PROBLEM_TYPES.malformedJson, 'Malformed JSON', 'The request body is not valid JSON.');
  }
}

export class UnauthorizedProblem extends HttpProblem {
  constructor(detail = 'Sign in to continue.') {
    super(401, PROBLEM_TYPES.unauthorized, 'Unauthorized', detail);
  }
}

export class ForbiddenProblem extends HttpProblem {
  constructor(detail = 'You do not have access to this.') {
    super(403, PROBLEM_TYPES.forbidden, 'Forbidden', detail);
  }
}

export class NotFoundProblem extends HttpProblem {
  constructor(detail = 'Not found.') {
    super(404, PROBLEM_TYPES.notFound, 'Not found', detail);
  }
}

export class ConflictProblem extends HttpProblem {
  constructor(detail: string) {
    super(409, PROBLEM_TYPES.conflict, 'Conflict', detail);
  }
}

export class PreconditionFailedProblem extends HttpProblem {
  constructor(detail = 'This record changed since you read it; nothing was written. Reload and try again.') {
    super(412, PROBLEM_TYPES.preconditionFailed, 'Precondition failed', detail);
  }
}

/**
 * The base of a service's own domain errors: each subclass says which problem it answers with, so
 * handlers throw domain errors and the runtime maps them to problem+json.
 */
export abstract class DomainError extends Error {
  abstract readonly status: 403 | 404 | 409 | 412 | 422;
  override name = 'DomainError';
}
