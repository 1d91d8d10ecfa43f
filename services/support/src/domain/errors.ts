import { DomainError } from '@lantern/runtime';

/** The base of the support service's domain errors; the runtime answers each with problem+json. */
export abstract class SupportError extends DomainError {
  override name = 'SupportError';
}

/** The same answer whether or not the record exists: a refusal tells nothing about it. */
export class NotThisPeersClientError extends SupportError {
  readonly status = 403;
  constructor() {
    super('Peers reach only the clients they are matched with.');
  }
}

export class RecordNotFoundError extends SupportError {
  readonly status = 404;
  constructor(what: string) {
    super(`No ${what} with this id.`);
  }
}

export class StaleVersionError extends SupportError {
  readonly status = 412;
  constructor(current: number) {
    super(`This record changed since you read it (now version ${current}); nothing was written. Reload and try again.`);
  }
}

export class BusyRecordError extends SupportError {
  readonly status = 409;
  constructor() {
    super('This record is being changed by someone else right now; nothing was written. Try again.');
  }
}

export class ChannelNotConsentedError extends SupportError {
  readonly status = 422;
  constructor(channel: string) {
    super(`The client has not agreed to be contacted by ${channel}; nothing was recorded.`);
  }
}

export class UnknownTemplateError extends SupportError {
  readonly status = 422;
  constructor(templateId: string) {
    super(`There is no plan template ${templateId}.`);
  }
}

export class UnknownSectionError extends SupportError {
  readonly status = 422;
  constructor(sectionIds: readonly string[]) {
    super(`The template has no section ${sectionIds.join(', ')}.`);
  }
}

export class ReasonRequiredError extends SupportError {
  readonly status = 422;
  constructor() {
    super('Give a reason to read a restricted note; it is kept in the audit trail.');
  }
}

export class ConcernResolvedError extends SupportError {
  readonly status = 409;
  constructor() {
    super('This concern is already resolved; nothing was changed.');
  }
}
