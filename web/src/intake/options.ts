/** Languages offered as checkboxes; their names come from the browser, in the reader's language. */
export const LANGUAGE_OPTIONS = ['en', 'fr', 'es', 'ar', 'zh', 'pa', 'tl', 'pt', 'oj', 'cr'] as const;

/** The language's name in `locale`; `fallback` when the browser has none (it returns the code). */
export function languageName(code: string, locale: string, fallback?: string): string {
  let name = code;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    // Old browsers: fall through to the fallback.
  }
  if (name.toLowerCase() === code.toLowerCase()) return fallback ?? code;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** Every IANA zone this browser knows, with the person's own zone included even if unlisted. */
export function timeZoneOptions(own: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(own) ? zones : [own, ...zones];
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Half-hour steps: starts from 00:00 to 23:30, ends from 00:30 to 24:00. */
export function halfHours(from: number, to: number): string[] {
  const times: string[] = [];
  for (let minutes = from; minutes <= to; minutes += 30) {
    times.push(`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);
  }
  return times;
}

export const START_TIMES = halfHours(0, 23 * 60 + 30);
export const END_TIMES = halfHours(30, 24 * 60);

/** A zone as people read it: `America/Toronto` → `America/Toronto (Eastern Time)` in `locale`. */
export function timeZoneName(zone: string, locale: string): string {
  const place = zone.replaceAll('_', ' ');
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts();
    const name = parts.find((part) => part.type === 'timeZoneName')?.value;
    return name && name !== place ? `${place} (${name})` : place;
  } catch {
    return place;
  }
}
