import {
  buildEvent,
  EXAMPLE_PEER,
  IntakeSubmitted,
  MatchingRunApplyRequested,
  type OutgoingEvent,
  type RouteDefinition,
} from '@lantern/contracts';
import { startTestTables, type TestTables } from '@lantern/local-cloud/testing';
import { LINK_KEYS_VARIABLE } from '@lantern/runtime';
import { context as lambdaContext, routeEvent, tokenOf } from '@lantern/runtime/testing';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as routes from '../src/routes/index.js';
import { matchingTables } from '../src/tables.js';
import { evenings, intakeOf } from './fixtures.js';

type Response = { statusCode: number; body: string; headers?: Record<string, string> };
type Handler = (event: unknown, ctx: unknown) => Promise<Response>;
type Call = Parameters<typeof routeEvent>[1];

let db: TestTables;
const handlers: Record<string, Handler> = {};
let followIntake: (event: unknown, ctx: unknown) => Promise<unknown>;
let continueRun: (event: unknown, ctx: unknown) => Promise<unknown>;
/**
 * Each invocation its own context, as Lambda gives it (the handler stack keeps the parsed request
 * there); the limit is the function's timeout, not a test's guess on a shared, slow machine.
 */
const contextOf = () => ({ ...lambdaContext, getRemainingTimeInMillis: () => 30_000 });
const coordinator = tokenOf('coordinator@example.org', ['coordinator']);

/** Calls a route's handler as API Gateway would; the answer's body parsed. */
async function call(route: RouteDefinition, request: Call = {}, context = contextOf()) {
  const handler = handlers[route.operationId];
  if (!handler) throw new Error(`no handler for ${route.operationId}`);
  const response = await handler(routeEvent(route, { token: coordinator, ...request }), context);
  return { status: response.statusCode, headers: response.headers ?? {}, body: JSON.parse(response.body || 'null') };
}

async function newPeer(overrides: Record<string, unknown> = {}) {
  const email = `peer-${ulid().toLowerCase()}@example.org`;
  const created = await call(routes.createPeerRoute, { body: { ...EXAMPLE_PEER, email, ...overrides } });
  expect(created.status).toBe(201);
  return created.body;
}

/** An event as EventBridge delivers it to a consumer. */
function envelopeOf(event: OutgoingEvent) {
  return {
    id: ulid(),
    source: event.source,
    'detail-type': event.detailType,
    time: new Date().toISOString(),
    detail: event.detail,
  };
}

/** An intake as the bus delivers it to matching's consumer; the client's id. */
async function submitted(overrides: Parameters<typeof intakeOf>[1] = {}): Promise<string> {
  const clientId = `cl_${ulid()}`;
  const event = buildEvent(
    IntakeSubmitted,
    { ...intakeOf(1, overrides), clientId },
    { eventId: `ev_${ulid()}`, occurredAt: new Date().toISOString() },
  );
  await followIntake(envelopeOf(event), contextOf());
  return clientId;
}

beforeAll(async () => {
  db = await startTestTables(matchingTables);
  // What Lambda would give them (the manifest's grants); read when the handlers load.
  Object.assign(process.env, db.environment, {
    [LINK_KEYS_VARIABLE]: JSON.stringify({ current: { id: 't', secret: Buffer.alloc(32, 3).toString('base64') } }),
  });
  const files = {
    createPeer: 'create-peer',
    getPeer: 'get-peer',
    listPeers: 'list-peers',
    replacePeer: 'replace-peer',
    setPeerAvailability: 'set-peer-availability',
    getSuggestions: 'get-suggestions',
    createMatch: 'create-match',
    listMatches: 'list-matches',
    endMatch: 'end-match',
    startMatchingRun: 'start-run',
    getMatchingRun: 'get-run',
    applyMatchingRun: 'apply-run',
  };
  for (const [operationId, file] of Object.entries(files)) {
    handlers[operationId] = (await import(`../src/handlers/${file}.ts`)).handler as Handler;
  }
  followIntake = (await import('../src/handlers/follow-intake-submitted.js')).handler as typeof followIntake;
  continueRun = (await import('../src/handlers/continue-run.js')).handler as typeof continueRun;
}, 90_000);
afterAll(() => db?.stop());

describe('the peer routes, handler by handler', () => {
  it('creates a peer once per email and lets that peer, and no other, read and list themselves', async () => {
    // Prepare
    const peer = await newPeer();
    const other = await newPeer();
    const asPeer = tokenOf(peer.email, ['peer']);

    // Act
    const again = await call(routes.createPeerRoute, { body: { ...EXAMPLE_PEER, email: peer.email } });
    const own = await call(routes.getPeerRoute, { params: { peerId: peer.peerId }, token: asPeer });
    const notOwn = await call(routes.getPeerRoute, { params: { peerId: other.peerId }, token: asPeer });
    const listed = await call(routes.listPeersRoute, { token: asPeer });

    // Assess
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toMatch(/problem\+json/);
    expect(own.status).toBe(200);
    expect(own.headers.etag).toBe('"1"');
    expect(notOwn.status).toBe(403);
    expect(listed.body).toEqual({ items: [peer], nextCursor: null });
  });

  it('lets a peer edit their profile but not their capacity, refuses a stale If-Match, and writes nothing for no change', async () => {
    const peer = await newPeer();
    const asPeer = tokenOf(peer.email, ['peer']);
    const { peerId: _id, caseload: _c, version: _v, createdAt: _a, updatedAt: _u, ...input } = peer;

    const capacity = await call(routes.replacePeerRoute, {
      params: { peerId: peer.peerId },
      body: { ...input, capacity: peer.capacity + 1 },
      token: asPeer,
    });
    const bio = await call(routes.replacePeerRoute, {
      params: { peerId: peer.peerId },
      body: { ...input, bio: 'Evenings are best for me.' },
      headers: { 'if-match': '"1"' },
      token: asPeer,
    });
    const stale = await call(routes.setPeerAvailabilityRoute, {
      params: { peerId: peer.peerId },
      body: { availability: [{ day: 'sat', start: '10:00', end: '14:00' }], timeOff: [] },
      headers: { 'if-match': '"1"' },
    });
    const same = await call(routes.replacePeerRoute, {
      params: { peerId: peer.peerId },
      body: { ...input, bio: 'Evenings are best for me.' },
    });

    expect(capacity.status).toBe(403);
    expect(bio.status).toBe(200);
    expect(bio.body.version).toBe(2);
    expect(stale.status).toBe(412);
    expect(same.status).toBe(200);
    expect(same.body).toEqual(bio.body);
    expect((await call(routes.getPeerRoute, { params: { peerId: peer.peerId } })).body.version).toBe(2);
  });
});

describe('suggestions and confirmations, handler by handler', () => {
  it('serves the suggestions computed on intake, every peer ranked or excluded', async () => {
    const peer = await newPeer({ availability: evenings('17:00', '22:00') });
    const clientId = await submitted();

    const suggestions = await call(routes.getSuggestionsRoute, { params: { clientId } });

    expect(suggestions.status).toBe(200);
    const ids = [...suggestions.body.items, ...suggestions.body.excluded].map(
      (entry: { peerId: string }) => entry.peerId,
    );
    expect(ids).toContain(peer.peerId);
    expect(suggestions.body.items.map((item: { peerId: string }) => item.peerId)).toContain(peer.peerId);
  });

  it('gives the last place to exactly one of 20 concurrent confirmations; the others get 409 and a plain reason', async () => {
    // Prepare
    const peer = await newPeer({ displayName: 'Alex R.', capacity: 1 });
    const clients = await Promise.all(Array.from({ length: 20 }, () => submitted()));

    // Act
    const answers = await Promise.all(
      clients.map((clientId) => call(routes.createMatchRoute, { body: { clientId, peerId: peer.peerId } })),
    );

    // Assess
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    const refused = answers.filter((answer) => answer.status === 409);
    expect(refused).toHaveLength(19);
    expect(new Set(refused.map((answer) => answer.body.detail))).toEqual(
      new Set(['Alex has just reached capacity (1 of 1 clients).']),
    );
    expect((await call(routes.getPeerRoute, { params: { peerId: peer.peerId } })).body.caseload).toBe(1);
    const loser = clients[answers.findIndex((answer) => answer.status === 409)] as string;
    const lateComer = await call(routes.getSuggestionsRoute, { params: { clientId: loser } });
    const excluded = lateComer.body.excluded.find((entry: { peerId: string }) => entry.peerId === peer.peerId);
    expect(excluded.because.join(' ')).toMatch(/at capacity/);
  }, 30_000);

  it('frees the place when a match ends, and never suggests a pair the client ended again', async () => {
    const peer = await newPeer({ capacity: 1 });
    const clientId = await submitted();
    const match = (await call(routes.createMatchRoute, { body: { clientId, peerId: peer.peerId } })).body;

    const ended = await call(routes.endMatchRoute, {
      params: { matchId: match.matchId },
      body: { reason: 'Not the right fit', endedBy: 'client' },
    });
    const again = await call(routes.createMatchRoute, { body: { clientId, peerId: peer.peerId } });
    const suggestions = await call(routes.getSuggestionsRoute, { params: { clientId } });

    expect(ended.status).toBe(200);
    expect(ended.body.status).toBe('ended');
    expect((await call(routes.getPeerRoute, { params: { peerId: peer.peerId } })).body.caseload).toBe(0);
    expect(again.status).toBe(409);
    expect(suggestions.body.items.map((item: { peerId: string }) => item.peerId)).not.toContain(peer.peerId);
  });
});

describe('batch runs, handler by handler', () => {
  it('proposes, applies what holds, and applies nothing the second time', async () => {
    await newPeer({ capacity: 3 });
    await Promise.all(Array.from({ length: 4 }, () => submitted()));

    const run = await call(routes.startRunRoute);
    const read = await call(routes.getRunRoute, { params: { runId: run.body.runId } });
    const first = await call(routes.applyRunRoute, { params: { runId: run.body.runId } });
    const second = await call(routes.applyRunRoute, { params: { runId: run.body.runId } });

    expect(run.status).toBe(201);
    expect(run.body.status).toBe('proposed');
    expect(read.body.assignments).toEqual(run.body.assignments);
    expect(run.body.assignments.length).toBeGreaterThan(0);
    expect(first.body.applied).toHaveLength(run.body.assignments.length);
    expect(first.body.conflicts).toEqual([]);
    expect(second.body).toEqual({ applied: [], conflicts: [] });
    expect((await call(routes.getRunRoute, { params: { runId: run.body.runId } })).body.status).toBe('applied');
  }, 30_000);

  it('hands a run it has no time left for to the background (202), which applies it and stores the outcome', async () => {
    // Prepare: a run of three pairs, and an apply that finds its function nearly out of time.
    await newPeer({ capacity: 3 });
    await Promise.all(Array.from({ length: 3 }, () => submitted()));
    const run = await call(routes.startRunRoute);
    const almostOut = { ...contextOf(), getRemainingTimeInMillis: () => 1_000 };

    // Act
    const handedOver = await call(routes.applyRunRoute, { params: { runId: run.body.runId } }, almostOut);
    const meanwhile = await call(routes.getRunRoute, { params: { runId: run.body.runId } });
    const event = buildEvent(
      MatchingRunApplyRequested,
      { runId: run.body.runId, requestedBy: 'coordinator-sub' },
      { eventId: `ev_${ulid()}`, occurredAt: new Date().toISOString() },
    );
    await continueRun(envelopeOf(event), contextOf());
    const done = await call(routes.getRunRoute, { params: { runId: run.body.runId } });
    const again = await call(routes.applyRunRoute, { params: { runId: run.body.runId } });

    // Assess
    expect(handedOver.status).toBe(202);
    expect(handedOver.body).toMatchObject({
      status: 'applying',
      progress: { done: 0, total: run.body.assignments.length },
    });
    expect(meanwhile.body.status).toBe('applying');
    expect(done.body.status).toBe('applied');
    expect(done.body.result.conflicts).toEqual([]);
    expect(done.body.result.applied.map((match: { clientId: string }) => match.clientId).sort()).toEqual(
      run.body.assignments.map((assignment: { clientId: string }) => assignment.clientId).sort(),
    );
    expect(again.body).toEqual({ applied: [], conflicts: [] });
  }, 30_000);

  it('confirms each pair exactly once when two coordinators apply the same run at once', async () => {
    // Prepare: two peers with two places each, four waiting clients.
    await newPeer({ capacity: 2 });
    await newPeer({ capacity: 2 });
    await Promise.all(Array.from({ length: 4 }, () => submitted()));
    const run = await call(routes.startRunRoute);

    // Act
    const [first, second] = await Promise.all([
      call(routes.applyRunRoute, { params: { runId: run.body.runId } }),
      call(routes.applyRunRoute, { params: { runId: run.body.runId } }),
    ]);

    // Assess: between them every proposed pair was confirmed once; no client has two matches.
    const pairs = (body: { applied: { clientId: string; peerId: string }[] }) =>
      body.applied.map((match) => `${match.clientId}:${match.peerId}`);
    const applied = [...pairs(first.body), ...pairs(second.body)].sort();
    const proposed = run.body.assignments.map((a: { clientId: string; peerId: string }) => `${a.clientId}:${a.peerId}`);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(applied).toEqual(proposed.sort());
    for (const { clientId } of run.body.assignments as { clientId: string }[]) {
      const matches = await call(routes.listMatchesRoute, { query: { clientId, status: 'confirmed' } });
      expect(matches.body.items, JSON.stringify(matches.body)).toHaveLength(1);
    }
  }, 30_000);
});
