export type { BookingInput, BookingPlan } from './booking.js';
export { occupancyOf, planBooking } from './booking.js';
export type { FeedEntry } from './calendar-feed.js';
export { peerCalendarFeed } from './calendar-feed.js';
export type { Change } from './changes.js';
export { isChangeable, planCancel, planOutcome, planReschedule, sessionsInScope } from './changes.js';
export type { Claim, ClaimConflict, ClaimEntry, ClaimPlan, ClaimWrite, Occupancy } from './claims.js';
export {
  bucketsOf,
  busyTimeOf,
  CLAIM_BUCKET_MINUTES,
  claimKey,
  claimsNeeded,
  commitClaims,
  MAX_TRANSACTION_ITEMS,
  planClaims,
  transactionItems,
} from './claims.js';
export { calendarFeedClaims, linkView, sessionLinkClaims } from './links.js';
export {
  messageContext,
  sessionCancelledEvent,
  sessionReminderEvent,
  sessionRescheduledEvent,
  sessionScheduledEvent,
} from './messages.js';
export { DEFAULT_OFFICE_HOURS, isOutsideOfficeHours } from './office-hours.js';
export type {
  MatchConfirmedData,
  MatchEndedData,
  MatchRecord,
  PeerRecord,
  PeerUpdatedData,
  SchedulingPair,
  TimeOff,
} from './projections.js';
export { applyMatchConfirmed, applyMatchEnded, applyPeerUpdated, schedulingPairOf } from './projections.js';
export type { RefusalCode } from './refusals.js';
export { REFUSALS, SchedulingRefusal } from './refusals.js';
export type { ReminderChanges, ReminderSchedule } from './reminders.js';
export { REMINDER_LEADS, reminderChanges, reminderName, remindersOf } from './reminders.js';
export type { SlotSearch } from './slots.js';
export { openSlotsForMatch } from './slots.js';
export { instantOfLocal, localOf } from './wall-clock.js';
