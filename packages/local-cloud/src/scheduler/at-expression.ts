const AT = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\)$/;

/** The zone's offset from UTC at an instant, in milliseconds (`Europe/Paris` in summer: +2 h). */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instantMs));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * When a one-time `at(yyyy-mm-ddThh:mm:ss)` schedule fires: the wall-clock time is read in
 * `timeZone` (UTC by default), as EventBridge Scheduler does. Null for any other expression.
 * A wall time skipped by a daylight-saving jump lands just after the jump.
 */
export function parseAtExpression(expression: string, timeZone = 'UTC'): Date | null {
  const match = AT.exec(expression.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(wall).getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  const first = wall - zoneOffsetMs(wall, timeZone);
  const second_ = wall - zoneOffsetMs(first, timeZone);
  return new Date(second_);
}

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
