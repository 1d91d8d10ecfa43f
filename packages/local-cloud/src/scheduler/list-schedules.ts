import type { Schedule } from './scheduler.js';

export interface ListSchedulesQuery {
  group?: string | undefined;
  namePrefix?: string | undefined;
  state?: string | undefined;
  maxResults?: number | undefined;
  nextToken?: string | undefined;
}

/** What ListSchedules answers per schedule: a summary, never the target's input. */
export interface ScheduleSummary {
  Arn: string;
  Name: string;
  GroupName: string;
  State: string;
  CreationDate: number;
  LastModificationDate: number;
  Target: { Arn: string };
}

/** Scheduler's own page size limit. */
export const MAX_LIST_RESULTS = 100;

const keyOf = (schedule: Pick<Schedule, 'GroupName' | 'Name'>) => `${schedule.GroupName}/${schedule.Name}`;
const tokenOf = (key: string) => Buffer.from(key, 'utf8').toString('base64url');
const keyOfToken = (token: string) => Buffer.from(token, 'base64url').toString('utf8');

/**
 * One page of ListSchedules, as Scheduler answers it: filtered by group, name prefix and state,
 * in a stable order (group, then name), with a NextToken that resumes after the page's last one.
 */
export function listSchedulesPage(
  schedules: readonly Schedule[],
  query: ListSchedulesQuery,
): { Schedules: ScheduleSummary[]; NextToken?: string } {
  const limit = Math.min(query.maxResults ?? MAX_LIST_RESULTS, MAX_LIST_RESULTS);
  const after = query.nextToken ? keyOfToken(query.nextToken) : '';
  const matching = schedules
    .filter(
      (s) =>
        (!query.group || s.GroupName === query.group) &&
        s.Name.startsWith(query.namePrefix ?? '') &&
        (!query.state || (s.State ?? 'ENABLED') === query.state) &&
        keyOf(s) > after,
    )
    .sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
  const page = matching.slice(0, limit);
  const last = page.at(-1);
  return {
    Schedules: page.map((s) => ({
      Arn: s.Arn,
      Name: s.Name,
      GroupName: s.GroupName,
      State: s.State ?? 'ENABLED',
      CreationDate: s.CreationDate,
      LastModificationDate: s.LastModificationDate,
      Target: { Arn: s.Target.Arn },
    })),
    ...(last && matching.length > limit ? { NextToken: tokenOf(keyOf(last)) } : {}),
  };
}
