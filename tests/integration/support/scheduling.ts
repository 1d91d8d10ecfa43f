import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { paginateListSchedules, SchedulerClient } from '@aws-sdk/client-scheduler';
import { buildEvent, MatchConfirmed, PeerUpdated } from '@lantern/contracts';
import { call, cloudConfig } from './api.js';

let sequence = 0;
const uniqueSuffix = () => `${Date.now()}${String(++sequence).padStart(4, '0')}`.padEnd(26, '0');

const clientConfig = async (service: 'eventbridge' | 'scheduler') => {
  const config = cloudConfig();
  const endpoints = (await call<Record<string, string>>('GET', '/_local/endpoints')).body;
  return {
    endpoint: endpoints[service],
    region: config.AWS_REGION,
    credentials: {
      accessKeyId: config.AWS_ACCESS_KEY_ID ?? 'local',
      secretAccessKey: config.AWS_SECRET_ACCESS_KEY ?? 'local',
    },
  };
};

/**
 * A confirmed match between a Toronto peer and a London client, published on the local bus as the
 * matching service will (PeerUpdated, then MatchConfirmed, built with the contracts' builders).
 */
export async function publishMatch() {
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
  const events = new EventBridgeClient(await clientConfig('eventbridge'));
  const { FailedEntryCount } = await events.send(
    new PutEventsCommand({
      Entries: [peer, match].map((event) => ({
        EventBusName: cloudConfig().LANTERN_EVENT_BUS,
        Source: event.source,
        DetailType: event.detailType,
        Detail: JSON.stringify(event.detail),
      })),
    }),
  );
  events.destroy();
  if (FailedEntryCount) throw new Error('The local bus refused the match events');
  return { matchId: `ma_${suffix}`, peerId, clientId: `cl_${suffix}` };
}

export interface ScheduleSummary {
  name: string;
  group: string;
}

/** Every reminder schedule in the scheduling service's group, through ListSchedules page by page. */
export async function reminderSchedules(): Promise<ScheduleSummary[]> {
  const client = new SchedulerClient(await clientConfig('scheduler'));
  const found: ScheduleSummary[] = [];
  const group = cloudConfig().SCHEDULE_GROUP_NAME;
  for await (const page of paginateListSchedules({ client, pageSize: 50 }, { GroupName: group })) {
    for (const schedule of page.Schedules ?? []) {
      found.push({ name: schedule.Name ?? '', group: schedule.GroupName ?? '' });
    }
  }
  client.destroy();
  return found;
}

export async function schedulerClient(): Promise<SchedulerClient> {
  return new SchedulerClient(await clientConfig('scheduler'));
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
