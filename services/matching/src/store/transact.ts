import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** How often a transaction that lost a race to another transaction (not a condition) is tried again. */
const ATTEMPTS = 8;

/** Whether DynamoDB cancelled a transaction only because another one held its items. */
export function lostRace(error: unknown): boolean {
  if (!(error instanceof TransactionCanceledException)) return false;
  const codes = (error.CancellationReasons ?? []).map((reason) => reason.Code);
  return codes.includes('TransactionConflict') && !codes.includes('ConditionalCheckFailed');
}

/**
 * Runs `attempt` again, after a short random pause, while it loses races to other transactions on
 * the same items (two confirmations for different peers both bump the roster stamp). A failed
 * condition is an answer, not a race, and is thrown at once.
 */
export async function withRaceRetries<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!lostRace(error) || tries >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** tries));
    }
  }
}
