import { epochMinuteOfIso, isoOfEpochMinute } from '../src/minutes.js';

/** Epoch minutes of an ISO instant, for readable test data. */
export const at = (instant: string): number => epochMinuteOfIso(instant);

/** Intervals as ISO pairs, for readable assertions. */
export const asIso = (intervals: readonly { start: number; end: number }[]): [string, string][] =>
  intervals.map(({ start, end }) => [isoOfEpochMinute(start), isoOfEpochMinute(end)]);
