import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromResultV2 } from '../src/api-gateway/response-v2.js';
import { type ApiRoute, matchRoute } from '../src/api-gateway/routes.js';
import { assertJava, parseJavaMajor } from '../src/dynamodb/java.js';
import { JavaMissingError } from '../src/errors.js';
import { parseAtExpression } from '../src/scheduler/at-expression.js';
import { listSchedulesPage } from '../src/scheduler/list-schedules.js';
import type { Schedule } from '../src/scheduler/scheduler.js';

const route = (method: ApiRoute['method'], path: string): ApiRoute => ({
  method,
  path,
  routeKey: `${method} ${path}`,
  auth: 'public',
  headers: [],
  functionName: path,
  segments: path.split('/').filter(Boolean),
});

describe('route matching', () => {
  const routes = [
    route('GET', '/clients'),
    route('GET', '/clients/{clientId}'),
    route('GET', '/clients/mine'),
    route('GET', '/files/{proxy+}'),
  ];

  it('prefers a literal segment to a parameter', () => {
    // Act / Assess
    expect(matchRoute(routes, 'GET', '/clients/mine')?.route.path).toBe('/clients/mine');
    expect(matchRoute(routes, 'GET', '/clients/cl_1')?.pathParameters).toEqual({ clientId: 'cl_1' });
  });

  it('matches a greedy parameter over the rest of the path, and nothing for an unknown method', () => {
    // Act / Assess
    expect(matchRoute(routes, 'GET', '/files/a/b%20c')?.pathParameters).toEqual({ proxy: 'a/b c' });
    expect(matchRoute(routes, 'POST', '/clients')).toBeNull();
    expect(matchRoute(routes, 'GET', '/clients/a/b')).toBeNull();
  });
});

describe('payload 2.0 responses', () => {
  it('reads a full response and decodes a base64 body', () => {
    // Act
    const answer = fromResultV2({ statusCode: 201, headers: { 'X-A': 1 }, body: 'aGk=', isBase64Encoded: true });

    // Assess
    expect(answer).toMatchObject({ status: 201, headers: { 'x-a': '1' } });
    expect(answer.body.toString()).toBe('hi');
  });

  it('treats any result without a statusCode as a JSON 200', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        fc.pre(value === null || typeof value !== 'object' || !('statusCode' in value));
        const answer = fromResultV2(value);
        return answer.status === 200 && answer.headers['content-type'] === 'application/json';
      }),
      { numRuns: 200 },
    );
  });
});

describe('one-time schedule expressions', () => {
  it('reads the wall-clock time in the schedule time zone, across daylight saving', () => {
    // Act / Assess
    expect(parseAtExpression('at(2026-01-15T09:30:00)')?.toISOString()).toBe('2026-01-15T09:30:00.000Z');
    expect(parseAtExpression('at(2026-01-15T09:30:00)', 'America/Toronto')?.toISOString()).toBe(
      '2026-01-15T14:30:00.000Z',
    );
    expect(parseAtExpression('at(2026-07-15T09:30:00)', 'America/Toronto')?.toISOString()).toBe(
      '2026-07-15T13:30:00.000Z',
    );
    expect(parseAtExpression('at(2026-03-29T02:30:00)', 'Europe/Paris')?.toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('refuses rate, cron and impossible dates', () => {
    // Act / Assess
    expect(parseAtExpression('rate(5 minutes)')).toBeNull();
    expect(parseAtExpression('cron(0 9 * * ? *)')).toBeNull();
    expect(parseAtExpression('at(2026-02-30T10:00:00)')).toBeNull();
  });
});

describe('the Java check', () => {
  it('reads the major version of modern and legacy version strings', () => {
    // Act / Assess
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('nothing here')).toBeNull();
  });

  it('says in a sentence that Java 17+ is needed when no java is on PATH', () => {
    // Prepare
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';

    // Act
    let error: unknown;
    try {
      assertJava();
    } catch (caught) {
      error = caught;
    } finally {
      process.env.PATH = path;
    }

    // Assess
    expect(error).toBeInstanceOf(JavaMissingError);
    expect((error as Error).message).toMatch(/Java 17 or newer/);
  });
});

describe('listing schedules', () => {
  const schedule = (GroupName: string, Name: string, State: 'ENABLED' | 'DISABLED'): Schedule => ({
    Name,
    GroupName,
    Arn: `arn:${GroupName}/${Name}`,
    ScheduleExpression: 'at(2030-01-01T00:00:00)',
    Target: { Arn: 'target', Input: '{}' },
    FlexibleTimeWindow: { Mode: 'OFF' },
    State,
    CreationDate: 1,
    LastModificationDate: 1,
  });

  it('gives every matching schedule exactly once across its pages, whatever the page size', () => {
    const arbitrarySchedule = fc
      .tuple(fc.constantFrom('g1', 'g2'), fc.stringMatching(/^[a-c]{1,3}$/), fc.constantFrom('ENABLED', 'DISABLED'))
      .map(([group, name, state]) => schedule(group, name, state as 'ENABLED' | 'DISABLED'));
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitrarySchedule, { selector: (s) => `${s.GroupName}/${s.Name}` }),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(undefined, 'g1'),
        fc.constantFrom(undefined, 'ENABLED'),
        (schedules, pageSize, group, state) => {
          // Act
          const seen: string[] = [];
          let nextToken: string | undefined;
          do {
            const page = listSchedulesPage(schedules, { group, state, maxResults: pageSize, nextToken });
            expect(page.Schedules.length).toBeLessThanOrEqual(pageSize);
            seen.push(...page.Schedules.map((s) => `${s.GroupName}/${s.Name}`));
            nextToken = page.NextToken;
          } while (nextToken);

          // Assess: the oracle is a plain filter.
          const expected = schedules
            .filter((s) => (!group || s.GroupName === group) && (!state || s.State === state))
            .map((s) => `${s.GroupName}/${s.Name}`);
          expect(seen).toEqual([...expected].sort());
        },
      ),
    );
  });
});
