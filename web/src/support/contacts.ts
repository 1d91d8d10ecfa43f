import { CHECK_IN_CHANNELS, type CheckInChannel, type ContactChannel } from '@lantern/contracts';

/**
 * The check-in channels the peer may log: calls and texts the client agreed to. When the client's
 * consents cannot be read, both are offered and the server refuses one they did not agree to.
 */
export function checkInChannelsFor(consented: readonly ContactChannel[] | undefined): CheckInChannel[] {
  if (!consented) return [...CHECK_IN_CHANNELS];
  return CHECK_IN_CHANNELS.filter((channel) => consented.includes(channel));
}
