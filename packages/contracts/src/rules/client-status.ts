import type { ClientStatus } from '../common.js';

/**
 * Which status may follow which: one table for the API and the staff app. A coordinator can
 * always close, and reopen a closed record for review.
 */
export const STATUS_TRANSITIONS: Readonly<Record<ClientStatus, readonly ClientStatus[]>> = {
  new: ['in_review', 'waitlisted', 'closed'],
  in_review: ['new', 'waitlisted', 'matched', 'closed'],
  waitlisted: ['in_review', 'matched', 'closed'],
  matched: ['active', 'waitlisted', 'closed'],
  active: ['waitlisted', 'closed'],
  closed: ['in_review'],
};

/** Statuses a client reaches only through an event: `matched` follows a confirmed match. */
export const STATUSES_SET_BY_EVENTS: readonly ClientStatus[] = ['matched'];

/** Whether a coordinator may move a client from `from` to `to` with a status change. */
export function canChangeStatusByHand(from: ClientStatus, to: ClientStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to) && !STATUSES_SET_BY_EVENTS.includes(to);
}

/** The statuses the staff app offers for a client now in `from`, in the table's order. */
export function statusesOfferedFrom(from: ClientStatus): ClientStatus[] {
  return STATUS_TRANSITIONS[from].filter((to) => canChangeStatusByHand(from, to));
}
