import type { IncomingMessage, ServerResponse } from 'node:http';
import { AwsApiError } from '../errors.js';
import { readBody } from '../http/server.js';
import { ACCOUNT_ID, REGION } from '../names.js';
import { isTimeZone, parseAtExpression } from './at-expression.js';
import { type ListSchedulesQuery, listSchedulesPage, MAX_LIST_RESULTS } from './list-schedules.js';
import type { Schedule, Scheduler } from './scheduler.js';

/** Scheduler's REST JSON errors: a type, a status, a message. */
const schedulerError = (type: string, status: number, message: string) => new AwsApiError(type, message, status);

const scheduleArn = (group: string, name: string) =>
  `arn:aws:scheduler:${REGION}:${ACCOUNT_ID}:schedule/${group}/${name}`;

function validate(body: Record<string, unknown>): void {
  const expression = String(body.ScheduleExpression ?? '');
  const timeZone = typeof body.ScheduleExpressionTimezone === 'string' ? body.ScheduleExpressionTimezone : 'UTC';
  if (!isTimeZone(timeZone)) throw schedulerError('ValidationException', 400, `Invalid time zone ${timeZone}.`);
  if (!parseAtExpression(expression, timeZone)) {
    throw schedulerError(
      'ValidationException',
      400,
      `Invalid Schedule Expression ${expression}. The local scheduler runs one-time at(yyyy-mm-ddThh:mm:ss) schedules only.`,
    );
  }
  const target = body.Target as { Arn?: unknown } | undefined;
  if (typeof target?.Arn !== 'string') throw schedulerError('ValidationException', 400, 'Target.Arn is required.');
  if (!(body.FlexibleTimeWindow as { Mode?: unknown } | undefined)?.Mode) {
    throw schedulerError('ValidationException', 400, 'FlexibleTimeWindow.Mode is required.');
  }
}

function toSchedule(name: string, group: string, body: Record<string, unknown>, created?: number): Schedule {
  const now = Math.floor(Date.now() / 1000);
  return {
    Name: name,
    GroupName: group,
    Arn: scheduleArn(group, name),
    ScheduleExpression: String(body.ScheduleExpression),
    ScheduleExpressionTimezone: body.ScheduleExpressionTimezone as string | undefined,
    Target: body.Target as Schedule['Target'],
    FlexibleTimeWindow: body.FlexibleTimeWindow as Schedule['FlexibleTimeWindow'],
    ActionAfterCompletion: (body.ActionAfterCompletion as Schedule['ActionAfterCompletion']) ?? 'NONE',
    State: (body.State as Schedule['State']) ?? 'ENABLED',
    Description: body.Description as string | undefined,
    CreationDate: created ?? now,
    LastModificationDate: now,
  };
}

/** ListSchedules' query string, checked as Scheduler checks it. */
function listQueryOf(params: URLSearchParams): ListSchedulesQuery {
  const max = params.get('MaxResults');
  const maxResults = max === null ? undefined : Number(max);
  if (
    maxResults !== undefined &&
    !(Number.isInteger(maxResults) && maxResults >= 1 && maxResults <= MAX_LIST_RESULTS)
  ) {
    throw schedulerError('ValidationException', 400, `MaxResults must be 1 to ${MAX_LIST_RESULTS}.`);
  }
  const state = params.get('State') ?? undefined;
  if (state !== undefined && state !== 'ENABLED' && state !== 'DISABLED') {
    throw schedulerError('ValidationException', 400, 'State must be ENABLED or DISABLED.');
  }
  return {
    group: params.get('ScheduleGroup') ?? undefined,
    namePrefix: params.get('NamePrefix') ?? undefined,
    state,
    maxResults,
    nextToken: params.get('NextToken') ?? undefined,
  };
}

const publicView = ({ firedAt: _firedAt, ...schedule }: Schedule) => schedule;

/** EventBridge Scheduler's REST JSON API for schedules: Create, Get, Update, Delete, List. */
export function schedulerHandler(scheduler: Scheduler) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(text);
    };
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const raw = await readBody(req);
      const body = raw.length > 0 ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {};
      const [collection, encodedName] = url.pathname.split('/').filter(Boolean);
      if (collection !== 'schedules') throw schedulerError('ResourceNotFoundException', 404, 'Unknown path.');
      if (!encodedName) {
        if (req.method !== 'GET') throw schedulerError('ValidationException', 400, 'Unsupported operation.');
        send(200, listSchedulesPage(scheduler.list(), listQueryOf(url.searchParams)));
        return;
      }
      const name = decodeURIComponent(encodedName);
      const group = url.searchParams.get('groupName') ?? (body.GroupName as string | undefined) ?? 'default';
      const existing = scheduler.get(group, name);
      const notFound = () => schedulerError('ResourceNotFoundException', 404, `Schedule ${name} does not exist.`);
      switch (req.method) {
        case 'POST':
          if (existing) throw schedulerError('ConflictException', 409, `Schedule ${name} already exists.`);
          validate(body);
          scheduler.put(toSchedule(name, group, body));
          send(200, { ScheduleArn: scheduleArn(group, name) });
          return;
        case 'PUT':
          if (!existing) throw notFound();
          validate(body);
          scheduler.put(toSchedule(name, group, body, existing.CreationDate));
          send(200, { ScheduleArn: scheduleArn(group, name) });
          return;
        case 'GET':
          if (!existing) throw notFound();
          send(200, publicView(existing));
          return;
        case 'DELETE':
          if (!scheduler.delete(group, name)) throw notFound();
          send(200, {});
          return;
        default:
          throw schedulerError('ValidationException', 400, `Unsupported method ${req.method}.`);
      }
    } catch (error) {
      const known = error instanceof AwsApiError;
      const type = known
        ? error.type
        : error instanceof SyntaxError
          ? 'ValidationException'
          : 'InternalServerException';
      const status = known ? error.status : error instanceof SyntaxError ? 400 : 500;
      send(status, { Message: (error as Error).message }, { 'x-amzn-errortype': type });
    }
  };
}
