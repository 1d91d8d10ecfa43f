import type { ContactChannel } from '../common.js';

/** Calls and texts need a number: the server refuses what the intake form refuses. */
export const needsPhone = (channels: readonly ContactChannel[]): boolean =>
  channels.includes('phone') || channels.includes('text');
