/** A few minutes of clock skew between a coordinator's device and the server. */
const SKEW_MS = 5 * 60_000;
const OLDEST_MS = 30 * 24 * 3_600_000;

/**
 * Why a contact attempt's time cannot be recorded, or undefined: not in the future, not older than
 * 30 days. A rule on `now`, so it lives here (server and form call it) rather than in the schema.
 */
export function contactAttemptTimeProblem(at: string, now: Date): string | undefined {
  const time = Date.parse(at);
  if (time > now.getTime() + SKEW_MS) return 'An attempt cannot be in the future';
  if (time < now.getTime() - OLDEST_MS) return 'Record attempts within 30 days';
  return undefined;
}
