import { DomainError } from '@lantern/runtime';

/** The base of this service's domain errors; the runtime answers each with problem+json. */
export abstract class ExampleError extends DomainError {
  override name = 'ExampleError';
}

export class ExampleNotFoundError extends ExampleError {
  readonly status = 404;
  constructor() {
    super('No example with this id.');
  }
}
