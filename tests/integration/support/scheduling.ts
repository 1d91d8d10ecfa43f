import { paginateListSchedules, SchedulerClient } from '@aws-sdk/client-scheduler';
import { call, cloudConfig } from './api.js';
import { publishMatchEvents } from './match-events.js';

export { tuesdayInToronto } from './match-events.js';

const clientConfig = async (service: 'eventbridge' | 'scheduler') => {
  const config = cloudConfig();
  const endpoints = (await call<Record<string, string>>('GET', '/_local/endpoints')).body;
  return {
    endpoint: endpoints[service],
    region: config.AWS_REGION ?? 'us-east-1',
    credentials: {
      accessKeyId: config.AWS_ACCESS_KEY_ID ?? 'local',
      secretAccessKey: config.AWS_SECRET_ACCESS_KEY ?? 'local',
    },
  };
};

/** A confirmed match published on the local bus as the matching service will (see match-events.ts). */
export async function publishMatch() {
  return publishMatchEvents(await clientConfig('eventbridge'), cloudConfig().LANTERN_EVENT_BUS ?? 'lantern');
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
