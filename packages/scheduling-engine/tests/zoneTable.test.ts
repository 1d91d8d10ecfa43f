import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { localTimeKind, offsetAt, utcOfLocal, zoneTable } from '../src/zoneTable.js';

const ZONES = Intl.supportedValuesOf('timeZone');
const FROM = Date.UTC(2025, 0, 1) / 60_000;
const TO = Date.UTC(2028, 0, 1) / 60_000;

/** What Temporal itself says, with the "compatible" disambiguation of RFC 5545. */
function temporalUtcOfLocal(zone: string, localMinute: number): number {
  const local = Temporal.PlainDateTime.from(new Date(localMinute * 60_000).toISOString().slice(0, 16));
  return local.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds / 60_000;
}

/** Property tests convert many zones through the Temporal polyfill; the machine is shared. */
const PROPERTY_TIMEOUT_MS = 30_000;

describe('zone tables', () => {
  it(
    'agree with Temporal on the instant of any local time in any IANA zone, near transitions too',
    () => {
      // Prepare: half the local times are drawn within three hours of one of the zone's transitions.
      const cases = fc.record({
        zone: fc.constantFrom(...ZONES),
        localMinute: fc.integer({ min: FROM + 1440, max: TO - 1440 }),
        nearTransition: fc.boolean(),
        nudge: fc.integer({ min: -180, max: 180 }),
      });

      fc.assert(
        fc.property(cases, ({ zone, localMinute, nearTransition, nudge }) => {
          const table = zoneTable(zone, FROM, TO);
          const transition = table.at[localMinute % Math.max(table.at.length, 1)];
          const local =
            nearTransition && transition !== undefined ? transition + offsetAt(table, transition) + nudge : localMinute;

          // Act
          const utc = utcOfLocal(table, local);

          // Assess
          expect(utc).toBe(temporalUtcOfLocal(zone, local));
        }),
        { numRuns: 250 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'agree with Temporal on the offset at any instant in any IANA zone',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...ZONES), fc.integer({ min: FROM, max: TO - 1 }), (zone, minute) => {
          // Prepare
          const table = zoneTable(zone, FROM, TO);
          const expected =
            Temporal.Instant.fromEpochMilliseconds(minute * 60_000).toZonedDateTimeISO(zone).offsetNanoseconds / 6e10;

          // Act
          const offset = offsetAt(table, minute);

          // Assess
          expect(offset).toBe(Math.round(expected));
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('moves a nonexistent Toronto time forward by the gap and takes the earlier of a repeated one', () => {
    // Prepare
    const table = zoneTable('America/Toronto', FROM, TO);
    const local = (iso: string) => Date.parse(`${iso}Z`) / 60_000;

    // Act
    const gap = utcOfLocal(table, local('2026-03-08T02:30'));
    const repeated = utcOfLocal(table, local('2026-11-01T01:30'));

    // Assess: 02:30 does not exist (it reads 03:30 EDT); 01:30 EDT is before 01:30 EST.
    expect(new Date(gap * 60_000).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(new Date(repeated * 60_000).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });
});

describe('local time kinds', () => {
  it(
    'agree with Temporal on whether a local time exists once, not at all or twice, in any IANA zone',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...ZONES), fc.nat(), fc.integer({ min: -120, max: 120 }), (zone, pick, nudge) => {
          // Prepare: a local time within two hours of one of the zone's transitions.
          const table = zoneTable(zone, FROM, TO);
          const transition = table.at[pick % Math.max(table.at.length, 1)] ?? FROM + 10_000;
          const local = transition + offsetAt(table, transition - 1) + nudge;
          const plain = Temporal.PlainDateTime.from(new Date(local * 60_000).toISOString().slice(0, 16));
          const earlier = plain.toZonedDateTime(zone, { disambiguation: 'earlier' });
          const later = plain.toZonedDateTime(zone, { disambiguation: 'later' });
          const exists = Temporal.PlainDateTime.compare(earlier.toPlainDateTime(), plain) === 0;
          const expected = earlier.equals(later) ? 'regular' : exists ? 'repeat' : 'gap';

          // Act
          const kind = localTimeKind(table, local);

          // Assess
          expect(kind).toBe(expected);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
