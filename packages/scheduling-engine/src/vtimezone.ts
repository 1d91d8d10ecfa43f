import { offsetAt, zoneTable } from './zoneTable.js';

const formatOffset = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
};

const formatLocal = (localMinute: number) =>
  new Date(localMinute * 60_000).toISOString().slice(0, 19).replace(/[-:]/g, '');

/**
 * A VTIMEZONE with the zone's actual transitions over [fromMinute, toMinute) (epoch minutes), one
 * component per transition, built from the same tz data (the runtime's ICU, through Temporal) that
 * computed the instants, so a calendar that reads the invite lands on the same instants.
 */
export function vtimezoneOf(timeZone: string, fromMinute: number, toMinute: number): string {
  const table = zoneTable(timeZone, fromMinute, toMinute);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const component = (kind: 'STANDARD' | 'DAYLIGHT', localStart: number, before: number, after: number) => {
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${formatLocal(localStart)}`,
      `TZOFFSETFROM:${formatOffset(before)}`,
      `TZOFFSETTO:${formatOffset(after)}`,
      `END:${kind}`,
    );
  };
  let before = offsetAt(table, fromMinute);
  const firstIndex = table.at.findIndex((at) => at > fromMinute);
  const nextAfter = firstIndex === -1 ? before : (table.after[firstIndex] as number);
  // The offset already in force: DAYLIGHT when the next change goes back (down).
  component(nextAfter < before ? 'DAYLIGHT' : 'STANDARD', fromMinute + before, before, before);
  for (let i = Math.max(firstIndex, 0); firstIndex !== -1 && i < table.at.length; i++) {
    const at = table.at[i] as number;
    if (at >= toMinute) break;
    const after = table.after[i] as number;
    // DTSTART of a transition is its local time in the offset it leaves (RFC 5545 §3.6.5).
    component(after > before ? 'DAYLIGHT' : 'STANDARD', at + before, before, after);
    before = after;
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
