import type { WeeklyWindow } from '@lantern/contracts';
import { type AvailabilityException, expandWithTable, type Interval } from './availability.js';
import { InvalidScheduleInputError } from './errors.js';
import { intersectIntervals, subtractIntervals } from './intervals.js';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK } from './minutes.js';
import { collectStarts, type PeerSlots, rankStarts } from './slotColumns.js';
import { type ZoneTable, zoneTable } from './zoneTable.js';

/** One side of a match: weekly availability in their own zone, time off, and booked sessions. */
export interface SchedulingPerson {
  timeZone: string;
  windows: readonly WeeklyWindow[];
  exceptions?: readonly AvailabilityException[];
  /** Booked sessions (epoch minutes, UTC); cancelled ones should be left out by the caller. */
  sessions?: readonly Interval[];
}

/** The organisation's office hours in its own zone; closures are dated exceptions (holidays). */
export interface OfficeHours {
  timeZone: string;
  windows: readonly WeeklyWindow[];
  closures?: readonly AvailabilityException[];
}

export interface OpenSlotOptions {
  /** First instant considered (epoch minutes, UTC). */
  from: number;
  weeks: number;
  durationMinutes: number;
  /** Free time kept before and after every existing session. Default 0. */
  bufferMinutes?: number;
  /** Starts fall on multiples of this many minutes of the peer's local clock; divides 1440. Default 15. */
  granularityMinutes?: number;
  /** Without office hours no slot is flagged `outsideOfficeHours`. */
  officeHours?: OfficeHours;
}

/** A bookable start; `weeksFree` counts the weeks in which the same peer-local weekly moment is free. */
export interface OpenSlot {
  start: number;
  end: number;
  outsideOfficeHours: boolean;
  weeksFree: number;
  /** Free at this peer-local weekly moment in every week of the range: a weekly series fits. */
  everyWeek: boolean;
}

interface SlotPlan {
  from: number;
  to: number;
  weeks: number;
  duration: number;
  buffer: number;
  granularity: number;
  office: Interval[] | undefined;
  tables: Map<string, ZoneTable>;
}

function planOf(options: OpenSlotOptions): SlotPlan {
  const { from, weeks, durationMinutes, bufferMinutes = 0, granularityMinutes = 15 } = options;
  const positiveInteger = (value: number) => Number.isInteger(value) && value > 0;
  if (!Number.isInteger(from)) throw new InvalidScheduleInputError('from must be whole epoch minutes');
  if (!positiveInteger(weeks) || weeks > 104) throw new InvalidScheduleInputError('weeks must be 1 to 104');
  if (!positiveInteger(durationMinutes))
    throw new InvalidScheduleInputError('durationMinutes must be a positive integer');
  // A divisor of a day keeps the grid of starts the same every week, which the ranking relies on.
  if (!positiveInteger(granularityMinutes) || MINUTES_PER_DAY % granularityMinutes !== 0)
    throw new InvalidScheduleInputError('granularityMinutes must divide a day (5, 10, 15, 30, 60, ...)');
  if (!Number.isInteger(bufferMinutes) || bufferMinutes < 0)
    throw new InvalidScheduleInputError('bufferMinutes must be 0 or more');
  const to = from + weeks * MINUTES_PER_WEEK;
  const tables = new Map<string, ZoneTable>();
  const plan: SlotPlan = {
    from,
    to,
    weeks,
    duration: durationMinutes,
    buffer: bufferMinutes,
    granularity: granularityMinutes,
    office: undefined,
    tables,
  };
  const { officeHours } = options;
  if (officeHours) {
    const table = tableFor(plan, officeHours.timeZone);
    plan.office = expandWithTable(officeHours.windows, table, { from, to }, officeHours.closures);
  }
  return plan;
}

function tableFor(plan: SlotPlan, timeZone: string): ZoneTable {
  let table = plan.tables.get(timeZone);
  if (!table) {
    table = zoneTable(timeZone, plan.from, plan.to);
    plan.tables.set(timeZone, table);
  }
  return table;
}

/** Availability minus sessions widened by the buffer: what is left can hold a start. */
function freeTimeOf(plan: SlotPlan, person: SchedulingPerson): Interval[] {
  const range = { from: plan.from, to: plan.to };
  const available = expandWithTable(person.windows, tableFor(plan, person.timeZone), range, person.exceptions);
  const sessions = person.sessions ?? [];
  if (sessions.length === 0) return available;
  return subtractIntervals(available, busyTimeOf(sessions, plan.buffer));
}

/** Sessions widened by the buffer, sorted and merged (sessions usually arrive sorted: no sort then). */
function busyTimeOf(sessions: readonly Interval[], buffer: number): Interval[] {
  let inOrder = true;
  for (let i = 1; i < sessions.length && inOrder; i++) {
    inOrder = (sessions[i - 1] as Interval).start <= (sessions[i] as Interval).start;
  }
  const ordered = inOrder ? sessions : sessions.slice().sort((a, b) => a.start - b.start);
  const busy: Interval[] = [];
  let last: Interval | undefined;
  for (const session of ordered) {
    const start = session.start - buffer;
    const end = session.end + buffer;
    if (last !== undefined && start <= last.end) {
      if (end > last.end) last.end = end;
    } else {
      last = { start, end };
      busy.push(last);
    }
  }
  return busy;
}

function slotsForPair(
  plan: SlotPlan,
  clientFree: readonly Interval[],
  peer: SchedulingPerson,
  peerId: string,
): PeerSlots {
  const table = tableFor(plan, peer.timeZone);
  const range = { from: plan.from, to: plan.to };
  // Intersect before subtracting the peer's sessions: the client's free time is the shorter list.
  const both = intersectIntervals(expandWithTable(peer.windows, table, range, peer.exceptions), clientFree);
  const sessions = peer.sessions ?? [];
  const free = sessions.length === 0 ? both : subtractIntervals(both, busyTimeOf(sessions, plan.buffer));
  const count = collectStarts(plan, free, table);
  return rankStarts(peerId, count, plan.weeks);
}

/** The columns as objects, for one peer's slots (an HTTP response, a test). */
export function openSlotsOf(slots: PeerSlots, durationMinutes: number, weeks: number): OpenSlot[] {
  const result: OpenSlot[] = [];
  for (let i = 0; i < slots.count; i++) {
    const start = slots.starts[i] as number;
    const weeksFree = slots.weeksFree[i] as number;
    result.push({
      start,
      end: start + durationMinutes,
      outsideOfficeHours: slots.outsideOfficeHours[i] === 1,
      weeksFree,
      everyWeek: weeksFree === weeks,
    });
  }
  return result;
}

/**
 * Open starts for one peer and one client: both available, neither booked (with the buffer),
 * within `weeks` weeks from `from`. Ranked: starts free at the same peer-local weekly moment in
 * every week come first (a weekly series can be booked there), then by fewer weeks, then by time.
 */
export function findOpenSlots(peer: SchedulingPerson, client: SchedulingPerson, options: OpenSlotOptions): OpenSlot[] {
  const plan = planOf(options);
  return openSlotsOf(slotsForPair(plan, freeTimeOf(plan, client), peer, ''), plan.duration, plan.weeks);
}

/**
 * The same for one client against many peers, as columns per peer (see `PeerSlots`); the
 * client's side, office hours and zone tables are computed once.
 */
export function findOpenSlotsForClient<P extends SchedulingPerson & { id: string }>(
  client: SchedulingPerson,
  peers: readonly P[],
  options: OpenSlotOptions,
): PeerSlots[] {
  const plan = planOf(options);
  const clientFree = freeTimeOf(plan, client);
  return peers.map((peer) => slotsForPair(plan, clientFree, peer, peer.id));
}
