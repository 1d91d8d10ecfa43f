export type { AvailabilityException, Interval } from './availability.js';
export { expandWeeklyAvailability } from './availability.js';
export { InvalidScheduleInputError, SchedulingError, UnknownTimeZoneError } from './errors.js';
export { epochMinuteOfIso, isoOfEpochMinute } from './minutes.js';
