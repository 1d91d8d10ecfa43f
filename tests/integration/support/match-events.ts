import { EventBridgeClient, type EventBridgeClientConfig, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { buildEvent, MatchConfirmed, PeerUpdated } from '@lantern/contracts';

let sequence = 0;
const uniqueSuffix = () => `${Date.now()}${String(++sequence).padStart(4, '0')}`.padEnd(26, '0');

/**
 * A confirmed match between a Toronto peer and a London client, published on the local bus as the
 * matching service will (PeerUpdated, then MatchConfirmed, built with the contracts' builders).
 */
export async function publishMatchEvents(client: EventBridgeClientConfig, busName: string) {
  const suffix = uniqueSuffix();
  const peerId = `pr_${suffix}`;
  const email = `peer-${suffix.toLowerCase()}@example.org`;
  const evenings = (['tue', 'wed'] as const).map((day) => ({ day, start: '12:00', end: '21:00' }));
  const now = new Date().toISOString();
  const meta = (kind: string) => ({ eventId: `ev_${kind}_${suffix}`, occurredAt: now });
  const peer = buildEvent(
    PeerUpdated,
    {
      peerId,
      firstName: 'Alex',
      email,
      timeZone: 'America/Toronto',
      availability: evenings,
      timeOff: [],
      status: 'active',
      capacity: 4,
      languages: ['en'],
      modalities: ['video'],
      version: 1,
      updatedAt: now,
    },
    meta('peer'),
  );
  const match = buildEvent(
    MatchConfirmed,
    {
      matchId: `ma_${suffix}`,
      clientId: `cl_${suffix}`,
      peerId,
      confirmedAt: now,
      modalities: ['video'],
      client: {
        firstName: 'Sam',
        timeZone: 'Europe/London',
        locale: 'en',
        availability: (['tue', 'wed'] as const).map((day) => ({ day, start: '17:00', end: '24:00' })),
        contactChannels: ['email'],
        email: `client-${suffix.toLowerCase()}@example.net`,
      },
      peer: { firstName: 'Alex', email, bio: 'Peer', timeZone: 'America/Toronto', availability: evenings, timeOff: [] },
    },
    meta('match'),
  );
  const events = new EventBridgeClient(client);
  const { FailedEntryCount } = await events.send(
    new PutEventsCommand({
      Entries: [peer, match].map((event) => ({
        EventBusName: busName,
        Source: event.source,
        DetailType: event.detailType,
        Detail: JSON.stringify(event.detail),
      })),
    }),
  );
  events.destroy();
  if (FailedEntryCount) throw new Error('The local bus refused the match events');
  const { data } = match.detail;
  // The pair as scheduling's projection holds it, for in-process comparisons.
  const pair = { ...data, peer: { ...data.peer, timeOff: [] } };
  return { matchId: data.matchId, peerId, clientId: data.clientId, pair };
}

/** A Tuesday `weeksAhead` weeks from now (at least 8 days ahead) at `time` in Toronto, as a UTC instant. */
export function tuesdayInToronto(weeksAhead: number, time = '18:00'): string {
  const day = new Date(Date.now() + (8 + 7 * weeksAhead) * 86_400_000);
  day.setUTCDate(day.getUTCDate() + ((2 - day.getUTCDay() + 7) % 7));
  const date = day.toISOString().slice(0, 10);
  // Toronto is UTC-5 or UTC-4: take the one whose wall clock reads `time` on that date.
  for (const offset of [5, 4]) {
    const candidate = new Date(`${date}T${time}:00Z`);
    candidate.setUTCHours(candidate.getUTCHours() + offset);
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'America/Toronto', timeStyle: 'short' }).format(
      candidate,
    );
    if (local === time) return candidate.toISOString().replace('.000Z', 'Z');
  }
  throw new Error(`No ${time} in Toronto on ${date}`);
}
