import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { IntakeSubmitted, MatchConfirmed, MatchEnded, PeerUpdated } from '../src/events/catalog.js';
import {
  CreateMatchRequest,
  EndMatchRequest,
  EXAMPLE_CREATE_MATCH,
  EXAMPLE_END_MATCH,
  EXAMPLE_PEER,
  EXAMPLE_PEER_AVAILABILITY,
  MatchingRun,
  PeerAvailabilityRequest,
  PeerInput,
  SUPPORT_AREAS,
  Suggestions,
} from '../src/index.js';

const reason = (criterion: string, points: number) => ({ criterion, points, detail: 'why' });
const PEER_A = 'pr_01JD8X4A5S6D7F8G9H0J1K2M3N';
const PEER_B = 'pr_01JD8X4A5S6D7F8G9H0J1K2M3P';

describe('the example request bodies', () => {
  it.each([
    ['PeerInput', PeerInput, EXAMPLE_PEER],
    ['PeerAvailabilityRequest', PeerAvailabilityRequest, EXAMPLE_PEER_AVAILABILITY],
    ['CreateMatchRequest', CreateMatchRequest, EXAMPLE_CREATE_MATCH],
    ['EndMatchRequest', EndMatchRequest, EXAMPLE_END_MATCH],
  ] as const)('%s example is valid', (_name, schema, example) => {
    expect((schema as z.ZodMiniType).safeParse(example).success).toBe(true);
  });
});

describe('a peer input', () => {
  it('refuses a language listed twice, a capacity over 50 and time off ending before it starts', () => {
    // Act
    const result = PeerInput.safeParse({
      ...EXAMPLE_PEER,
      languages: ['en', 'en'],
      capacity: 51,
      timeOff: [{ date: '2026-12-24', start: '18:00', end: '09:00' }],
    });
    // Assess
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['languages', 'capacity', 'timeOff.0.end']));
  });

  it('refuses a day that does not exist as time off', () => {
    expect(PeerAvailabilityRequest.safeParse({ availability: [], timeOff: [{ date: '2026-02-30' }] }).success).toBe(
      false,
    );
  });

  it('leaves status out when not given, so a replaced profile can keep its own', () => {
    const { status: _status, ...withoutStatus } = EXAMPLE_PEER;
    expect(PeerInput.parse(withoutStatus).status).toBeUndefined();
  });
});

describe('suggestions', () => {
  it('refuse a score that is not the sum of its reasons', () => {
    // Prepare
    const item = { peerId: PEER_A, displayName: 'Alex', score: 40, reasons: [reason('lived_experience', 35)] };
    // Act
    const result = Suggestions.safeParse({ items: [item], excluded: [] });
    // Assess
    expect(result.error?.issues[0]?.message).toContain('sum of its reasons');
  });

  it('refuse items that are not best first', () => {
    // Prepare
    const low = { peerId: PEER_A, displayName: 'Alex', score: 5, reasons: [reason('time_zone', 5)] };
    const high = { peerId: PEER_B, displayName: 'Bo', score: 35, reasons: [reason('lived_experience', 35)] };
    // Act
    const unsorted = Suggestions.safeParse({ items: [low, high], excluded: [] });
    const sorted = Suggestions.safeParse({ items: [high, low], excluded: [] });
    // Assess
    expect([unsorted.success, sorted.success]).toEqual([false, true]);
  });

  it('refuse an excluded peer without a reason', () => {
    const excluded = { peerId: PEER_A, displayName: 'Alex', because: [], codes: [] };
    expect(Suggestions.safeParse({ items: [], excluded: [excluded] }).success).toBe(false);
  });
});

describe('a matching run', () => {
  it('carries no proposal while running and a full one once proposed', () => {
    // Prepare
    const base = { runId: 'run_01JD8X4A5S6D7F8G9H0J1K2M3N', createdAt: '2026-11-23T10:00:00.000Z' };
    // Act
    const running = MatchingRun.safeParse({ ...base, status: 'running' });
    const incomplete = MatchingRun.safeParse({ ...base, status: 'proposed' });
    // Assess
    expect([running.success, incomplete.success]).toEqual([true, false]);
  });
});

/** Every property name in a JSON schema, with the enum values and whether it is a free string. */
function fieldsOf(schema: unknown, path = ''): { path: string; enumValues: unknown[]; freeText: boolean }[] {
  const node = schema as { properties?: Record<string, unknown>; items?: unknown; enum?: unknown[]; type?: unknown };
  const here =
    path === ''
      ? []
      : [{ path, enumValues: node.enum ?? [], freeText: node.type === 'string' && node.enum === undefined }];
  const children = Object.entries(node.properties ?? {}).flatMap(([name, child]) =>
    fieldsOf(child, path === '' ? name : `${path}.${name}`),
  );
  const items = node.items === undefined ? [] : fieldsOf(node.items, `${path}[]`);
  return [...here, ...children, ...items];
}

describe('the matching events', () => {
  const events = [PeerUpdated, MatchConfirmed, MatchEnded];
  const SENSITIVE = /support|area|lived|experience|safety|danger|harm|urgent|note|goal|reason|preference|specialt/i;
  // The only free-text fields: names, addresses, times, ids and the peer's own public bio.
  const FREE_TEXT =
    /(Id|firstName|email|phone|timeZone|At|at|date|start|end|bio|\.day|status|endedBy|locale|version|languages\[\])$/;

  it('would flag a field such as the support areas the intake event carries to matching', () => {
    const fields = fieldsOf(z.toJSONSchema(IntakeSubmitted.data, { unrepresentable: 'any' }));
    expect(fields.filter((field) => SENSITIVE.test(field.path)).map((field) => field.path)).toContain('supportAreas');
  });

  it.each(events.map((event) => [event.detailType, event] as const))(
    '%s has no field that could carry a support area, a safety answer or a note',
    (_name, event) => {
      // Prepare
      const fields = fieldsOf(z.toJSONSchema(event.data, { unrepresentable: 'any' }));
      // Assess
      expect(fields.length).toBeGreaterThan(3);
      expect(fields.filter((field) => SENSITIVE.test(field.path)).map((field) => field.path)).toEqual([]);
      const areaEnums = fields.filter((field) =>
        field.enumValues.some((value) => SUPPORT_AREAS.includes(value as never)),
      );
      expect(areaEnums).toEqual([]);
      expect(fields.filter((field) => field.freeText && !FREE_TEXT.test(field.path)).map((f) => f.path)).toEqual([]);
    },
  );
});
