import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidScheduleInputError } from '../src/errors.js';
import { dateOfEpochDay, epochDayOf, minuteOfDay } from '../src/minutes.js';

describe('minutes', () => {
  it('counts days since 1970 for any date from year 1000 to 9999 as Date.UTC does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -354_285, max: 2_932_896 }), (epochDay) => {
        // Prepare
        const date = dateOfEpochDay(epochDay);

        // Act
        const counted = epochDayOf(date);

        // Assess
        expect(counted).toBe(epochDay);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects dates and times that do not exist', () => {
    // Prepare
    const badDates = ['2026-02-29', '2026-13-01', '2026-4-01', '2026/04/01'];
    const badTimes = ['24:00', '12:60', '7:00', '12-00'];

    // Act
    const dateErrors = badDates.map((date) => () => epochDayOf(date));
    const timeErrors = badTimes.map((time) => () => minuteOfDay(time));

    // Assess
    for (const attempt of [...dateErrors, ...timeErrors]) expect(attempt).toThrow(InvalidScheduleInputError);
    expect(epochDayOf('2024-02-29')).toBe(19_782);
    expect(minuteOfDay('24:00', true)).toBe(1440);
  });
});
