import { DomainError } from '@lantern/runtime';

/** The base of the intake service's domain errors; the runtime answers each with problem+json. */
export abstract class IntakeError extends DomainError {
  override name = 'IntakeError';
}

export class ClientNotFoundError extends IntakeError {
  readonly status = 404;
  constructor() {
    super('No client with this id.');
  }
}

/** The same answer whether or not the record exists: a refusal tells nothing about it. */
export class ClientAccessDeniedError extends IntakeError {
  readonly status = 403;
  constructor() {
    super('Peers can read only the clients they are matched with.');
  }
}

export class StaleVersionError extends IntakeError {
  readonly status = 412;
  constructor(current: number) {
    super(`This client changed since you read it (now version ${current}); nothing was written. Reload and try again.`);
  }
}

export class BusyRecordError extends IntakeError {
  readonly status = 409;
  constructor() {
    super('Others are changing this client right now; nothing was written. Reload and try again.');
  }
}

export class NotUrgentError extends IntakeError {
  readonly status = 409;
  constructor() {
    super('This client is not marked urgent; nothing was changed.');
  }
}

export class NoAddressForChannelError extends IntakeError {
  readonly status = 422;
  constructor(channel: 'phone' | 'text' | 'email') {
    super(
      channel === 'email'
        ? 'This client gave no email address; record the attempt on the channel you used.'
        : 'This client gave no phone number; record the attempt on the channel you used.',
    );
  }
}
