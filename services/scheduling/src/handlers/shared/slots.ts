import type { OpenSlot, SlotsQuery } from '@lantern/contracts';
import {
  bucketsOf,
  busyTimeOf,
  claimKey,
  instantOfLocal,
  openSlotsForMatch,
  type SchedulingPair,
} from '../../domain/index.js';
import { minutesOf } from '../../domain/wall-clock.js';
import { sessionsStore } from '../../store/default-store.js';
import { officeHours } from './settings.js';

const DAY_MINUTES = 1440;

/** Open slots for a match, with both people's booked time read from their claims (one BatchGetItem). */
export async function openSlots(pair: SchedulingPair, query: SlotsQuery, now: Date): Promise<OpenSlot[]> {
  const from = minutesOf(instantOfLocal(`${query.from}T00:00`, pair.peer.timeZone)) - DAY_MINUTES;
  const to = from + (query.weeks * 7 + 2) * DAY_MINUTES + query.duration;
  const buckets = bucketsOf(from, to);
  const keys = [pair.peerId, pair.clientId].flatMap((person) => buckets.map((bucket) => claimKey(person, bucket)));
  const claims = await sessionsStore.readClaims(keys);
  return openSlotsForMatch({
    pair,
    query,
    peerBusy: busyTimeOf(claims, pair.peerId),
    clientBusy: busyTimeOf(claims, pair.clientId),
    ...(officeHours ? { officeHours } : {}),
    now,
  });
}
