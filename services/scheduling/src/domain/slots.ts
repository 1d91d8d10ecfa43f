import type { OpenSlot, SlotsQuery } from '@lantern/contracts';
import { findOpenSlots, type Interval, type OfficeHours } from '@lantern/scheduling-engine';
import type { SchedulingPair } from './projections.js';
import { instantOfLocal, isoOf, minutesOf } from './wall-clock.js';

export interface SlotSearch {
  pair: SchedulingPair;
  query: SlotsQuery;
  /** Scheduled sessions of each person (epoch minutes), from the claims or the session index. */
  peerBusy: readonly Interval[];
  clientBusy: readonly Interval[];
  officeHours?: OfficeHours;
  now: Date;
}

/**
 * Open starts for a match: both people available and free, from `query.from` (a date in the
 * peer's zone) for `query.weeks` weeks, never in the past; same time every week first (the engine
 * ranks them), flagged against office hours.
 */
export function openSlotsForMatch({ pair, query, peerBusy, clientBusy, officeHours, now }: SlotSearch): OpenSlot[] {
  const from = minutesOf(instantOfLocal(`${query.from}T00:00`, pair.peer.timeZone));
  const earliest = Math.ceil(now.getTime() / 60_000);
  const slots = findOpenSlots(
    {
      timeZone: pair.peer.timeZone,
      windows: pair.peer.availability,
      exceptions: pair.peer.timeOff,
      sessions: peerBusy,
    },
    { timeZone: pair.client.timeZone, windows: pair.client.availability, sessions: clientBusy },
    { from, weeks: query.weeks, durationMinutes: query.duration, ...(officeHours ? { officeHours } : {}) },
  );
  return slots
    .filter((slot) => slot.start >= earliest)
    .map((slot) => ({
      start: isoOf(slot.start),
      end: isoOf(slot.end),
      outsideOfficeHours: slot.outsideOfficeHours,
      sameTimeEveryWeek: slot.everyWeek,
      weeksFree: slot.weeksFree,
    }));
}
