import type { Interval } from './availability.js';
import { MINUTES_PER_WEEK } from './minutes.js';
import type { ZoneTable } from './zoneTable.js';

/** What the grid of starts needs: slot length, step on the peer's clock, office hours (UTC). */
export interface StartGrid {
  duration: number;
  granularity: number;
  office: readonly Interval[] | undefined;
}

/**
 * Open starts of one peer, ranked, as columns rather than objects: with 500 peers and 40,000+
 * starts, one object per start kept the garbage collector busier than the search itself.
 */
export interface PeerSlots {
  peerId: string;
  count: number;
  /** Ranked starts in epoch minutes (UTC); each slot lasts `durationMinutes`. */
  starts: number[];
  /** Weeks in which the same peer-local weekly moment is free; equal to `weeks` means every week. */
  weeksFree: number[];
  /** 1 when the slot is not wholly inside the organisation's office hours. */
  outsideOfficeHours: number[];
}

/** Scratch columns reused across peers (the engine is synchronous, so one set is enough). */
const scratch = {
  starts: new Int32Array(1024),
  keys: new Uint16Array(1024),
  outside: new Uint8Array(1024),
};
const weeklyCounts = new Uint16Array(MINUTES_PER_WEEK);

function growScratch(): void {
  const size = scratch.starts.length * 2;
  const starts = new Int32Array(size);
  const keys = new Uint16Array(size);
  const outside = new Uint8Array(size);
  starts.set(scratch.starts);
  keys.set(scratch.keys);
  outside.set(scratch.outside);
  Object.assign(scratch, { starts, keys, outside });
}

/** Fills the scratch columns with every aligned start that fits in `free`; returns how many. */
export function collectStarts(grid: StartGrid, free: readonly Interval[], peerTable: ZoneTable): number {
  const { duration, granularity, office } = grid;
  const { at, after } = peerTable;
  let count = 0;
  let transition = 0;
  let offset = peerTable.initialOffset;
  let officeIndex = 0;
  for (let f = 0; f < free.length; f++) {
    const { start, end } = free[f] as Interval;
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
      let outside = 0;
      if (office) {
        while (officeIndex < office.length && (office[officeIndex] as Interval).end <= slotStart) officeIndex++;
        const hours = office[officeIndex];
        outside = !hours || hours.start > slotStart || hours.end < slotStart + duration ? 1 : 0;
      }
      const weeklyKey = (((slotStart + offset) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
      weeklyCounts[weeklyKey] = (weeklyCounts[weeklyKey] as number) + 1;
      if (count === scratch.starts.length) growScratch();
      scratch.starts[count] = slotStart;
      scratch.keys[count] = weeklyKey;
      scratch.outside[count] = outside;
      count++;
      slotStart += granularity;
    }
  }
  return count;
}

/** How many starts have each number of weeks free (weeks ≤ 104). */
const slotsPerWeeksFree = new Uint32Array(128);
const scratchWeeksFree = { values: new Uint8Array(1024) };

/** Ranks the collected starts: most weeks free first, time order within a rank. */
export function rankStarts(peerId: string, count: number, weeks: number): PeerSlots {
  if (scratchWeeksFree.values.length < count) scratchWeeksFree.values = new Uint8Array(scratch.starts.length);
  const weeksFreeOf = scratchWeeksFree.values;
  slotsPerWeeksFree.fill(0, 0, weeks + 1);
  for (let i = 0; i < count; i++) {
    // A DST shift can make one local moment appear in one extra 7-day window: cap at `weeks`.
    const free = Math.min(weeks, weeklyCounts[scratch.keys[i] as number] as number);
    weeksFreeOf[i] = free;
    slotsPerWeeksFree[free] = (slotsPerWeeksFree[free] as number) + 1;
  }
  // Counting sort: where each rank begins (most weeks free first), then one placement pass.
  let position = 0;
  for (let free = weeks; free >= 0; free--) {
    const inRank = slotsPerWeeksFree[free] as number;
    slotsPerWeeksFree[free] = position;
    position += inRank;
  }
  const starts = new Array<number>(count);
  const weeksFree = new Array<number>(count);
  const outsideOfficeHours = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const free = weeksFreeOf[i] as number;
    const at = slotsPerWeeksFree[free] as number;
    slotsPerWeeksFree[free] = at + 1;
    starts[at] = scratch.starts[i] as number;
    weeksFree[at] = free;
    outsideOfficeHours[at] = scratch.outside[i] as number;
    weeklyCounts[scratch.keys[i] as number] = 0; // ready for the next peer
  }
  return { peerId, count, starts, weeksFree, outsideOfficeHours };
}
