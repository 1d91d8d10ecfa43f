/** Base error of the scheduling engine: callers catch this one and map it to a 400 problem. */
export class SchedulingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A time-zone name that this runtime's Intl does not know. */
export class UnknownTimeZoneError extends SchedulingError {}

/** A date, time or number that cannot be scheduled (bad format, negative duration, ...). */
export class InvalidScheduleInputError extends SchedulingError {}
