import type { WeeklyWindow } from '@lantern/contracts';
import { type AvailabilityException, expandWithTable, type Interval } from './availability.js';
import { InvalidScheduleInputError } from './errors.js';
import { intersectIntervals, mergeIntervals, subtractIntervals } from './intervals.js';
import { MINUTES_PER_WEEK } from './minutes.js';
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
  /** Starts fall on multiples of this many minutes of the peer's local clock. Default 15. */
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
  if (!positiveInteger(granularityMinutes))
    throw new InvalidScheduleInputError('granularityMinutes must be a positive integer');
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
  const busy = sessions.map(({ start, end }) => ({ start: start - plan.buffer, end: end + plan.buffer }));
  return subtractIntervals(available, mergeIntervals(busy));
}

const weeklyCounts = new Uint16Array(MINUTES_PER_WEEK);

function slotsWithin(plan: SlotPlan, free: readonly Interval[], peerTable: ZoneTable): OpenSlot[] {
  const { duration, granularity, office, weeks } = plan;
  const { at, after } = peerTable;
  const slots: OpenSlot[] = [];
  const weeklyKeys: number[] = [];
  let transition = 0;
  let offset = peerTable.initialOffset;
  let officeIndex = 0;
  for (const { start, end } of free) {
    let slotStart = start;
    let aligned = false;
    while (slotStart + duration <= end) {
      // Follow the peer's offset so that starts sit on the peer's local quarter hours.
      while (transition < at.length && (at[transition] as number) <= slotStart) {
        offset = after[transition++] as number;
        aligned = false;
      }
      if (!aligned) {
        const remainder = (((slotStart + offset) % granularity) + granularity) % granularity;
        aligned = true;
        if (remainder !== 0) {
          slotStart += granularity - remainder;
          continue;
        }
      }
      let outsideOfficeHours = false;
      if (office) {
        while (officeIndex < office.length && (office[officeIndex] as Interval).end <= slotStart) officeIndex++;
        const hours = office[officeIndex];
        outsideOfficeHours = !hours || hours.start > slotStart || hours.end < slotStart + duration;
      }
      const weeklyKey = (((slotStart + offset) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
      weeklyCounts[weeklyKey] = (weeklyCounts[weeklyKey] as number) + 1;
      weeklyKeys.push(weeklyKey);
      slots.push({ start: slotStart, end: slotStart + duration, outsideOfficeHours, weeksFree: 0, everyWeek: false });
      slotStart += granularity;
    }
  }
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as OpenSlot;
    const key = weeklyKeys[i] as number;
    // A DST shift can make one local moment appear in one extra 7-day window: cap at `weeks`.
    slot.weeksFree = Math.min(weeks, weeklyCounts[key] as number);
    slot.everyWeek = slot.weeksFree === weeks;
  }
  for (const key of weeklyKeys) weeklyCounts[key] = 0;
  // Stable sort: most weeks free first, then earliest.
  return slots.sort((a, b) => b.weeksFree - a.weeksFree);
}

function slotsForPair(plan: SlotPlan, clientFree: readonly Interval[], peer: SchedulingPerson): OpenSlot[] {
  const free = intersectIntervals(freeTimeOf(plan, peer), clientFree);
  return slotsWithin(plan, free, tableFor(plan, peer.timeZone));
}

/**
 * Open starts for one peer and one client: both available, neither booked (with the buffer),
 * within `weeks` weeks from `from`. Ranked: starts free at the same peer-local weekly moment in
 * every week come first (a weekly series can be booked there), then by fewer weeks, then by time.
 */
export function findOpenSlots(peer: SchedulingPerson, client: SchedulingPerson, options: OpenSlotOptions): OpenSlot[] {
  const plan = planOf(options);
  return slotsForPair(plan, freeTimeOf(plan, client), peer);
}

/** The same for one client against many peers: the client's side, office hours and zone tables are computed once. */
export function findOpenSlotsForClient<P extends SchedulingPerson & { id: string }>(
  client: SchedulingPerson,
  peers: readonly P[],
  options: OpenSlotOptions,
): { peerId: string; slots: OpenSlot[] }[] {
  const plan = planOf(options);
  const clientFree = freeTimeOf(plan, client);
  return peers.map((peer) => ({ peerId: peer.id, slots: slotsForPair(plan, clientFree, peer) }));
}
