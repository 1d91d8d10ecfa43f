/** A few minutes of clock skew between a coordinator's device and the server. */
const SKEW_MS = 5 * 60_000;
const OLDEST_MS = 30 * 24 * 3_600_000;

export type ContactAttemptTimeProblem = 'future' | 'tooOld';

/** The API's words for each problem; the web app says them in the page's language. */
export const CONTACT_ATTEMPT_TIME_MESSAGES: Record<ContactAttemptTimeProblem, string> = {
  future: 'An attempt cannot be in the future',
  tooOld: 'Record attempts within 30 days',
};

/**
 * Why a contact attempt's time cannot be recorded, or undefined: not in the future, not older than
 * 30 days. A rule on `now`, so it lives here (server and form call it) rather than in the schema.
 */
export function contactAttemptTimeProblem(at: string, now: Date): ContactAttemptTimeProblem | undefined {
  const time = Date.parse(at);
  if (time > now.getTime() + SKEW_MS) return 'future';
  if (time < now.getTime() - OLDEST_MS) return 'tooOld';
  return undefined;
}
