import { startTestTables, type TestTables } from '@lantern/local-cloud/testing';
import { cursorCodec, documentClient, parseKeyRing } from '@lantern/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMatchConfirmed, claimsNeeded, occupancyOf, planClaims } from '../src/domain/index.js';
import { createProjectionsStore, type ProjectionsStore } from '../src/store/projections-store.js';
import { createSessionsStore, type SessionsStore } from '../src/store/sessions-store.js';
import { schedulingTable, schedulingTables } from '../src/tables.js';
import { MATCH_CONFIRMED, nextId, session } from './fixtures.js';

let db: TestTables;
let sessions: SessionsStore;
let projections: ProjectionsStore;
const now = new Date('2027-02-01T15:00:00Z');

beforeAll(async () => {
  db = await startTestTables(schedulingTables);
  const documents = documentClient(db.client);
  const table = schedulingTable(db.names.main);
  const keys = parseKeyRing(JSON.stringify({ current: { id: 'k', secret: Buffer.alloc(32, 7).toString('base64') } }));
  sessions = createSessionsStore({ documents, table, cursors: cursorCodec(() => keys) });
  projections = createProjectionsStore({ documents, table });
}, 90_000);
afterAll(() => db?.stop());

/** A fresh peer and client for each test, so their claims start empty. */
const people = () => ({ peerId: nextId('pr')(), clientId: nextId('cl')() });

async function book(booked: ReturnType<typeof session>[]) {
  const adding = booked.map(occupancyOf);
  const plan = planClaims(await sessions.readClaims(claimsNeeded(adding, [])), adding, []);
  if (!plan.ok) throw new Error('clash');
  return {
    plan,
    commit: () => sessions.commit({ created: booked, changed: [], claims: plan.writes, events: [] }, { now }),
  };
}

describe('the sessions store on DynamoDB Local', () => {
  it('commits sessions with their claims, and reads the claims back at their new version', async () => {
    // Prepare
    const who = people();
    const first = session({ ...who });

    // Act
    const outcome = await (await book([first])).commit();

    // Assess
    expect(outcome).toBe('committed');
    expect(await sessions.getSession(first.sessionId)).toEqual(first);
    const claims = await sessions.readClaims(claimsNeeded([occupancyOf(first)], []));
    expect(claims.map((claim) => [claim.personId, claim.version, claim.entries.length]).sort()).toEqual(
      [
        [who.clientId, 1, 1],
        [who.peerId, 1, 1],
      ].sort(),
    );
  });

  it('answers contended and writes nothing when a claim moved since it was read', async () => {
    // Prepare: two plans made from the same (empty) claims, as two concurrent bookings would.
    const who = people();
    const early = session({ ...who, start: '2027-03-09T23:00:00Z', end: '2027-03-10T00:00:00Z' });
    const overlapping = session({ ...who, start: '2027-03-09T23:30:00Z', end: '2027-03-10T00:30:00Z' });
    const winner = await book([early]);
    const loser = await book([overlapping]);

    // Act
    const first = await winner.commit();
    const second = await loser.commit();

    // Assess
    expect([first, second]).toEqual(['committed', 'contended']);
    expect(await sessions.getSession(overlapping.sessionId)).toBeUndefined();
  });

  it('lists a person’s sessions in time order, page by page, to the end', async () => {
    // Prepare
    const who = people();
    const weekly = [10, 17, 24].map((day) =>
      session({ ...who, start: `2027-03-${day}T23:00:00Z`, end: `2027-03-${day + 1}T00:00:00Z` }),
    );
    await (await book([...weekly].reverse())).commit();

    // Act
    const firstPage = await sessions.listSessions({ peerId: who.peerId }, { limit: 2 });
    const secondPage = await sessions.listSessions(
      { peerId: who.peerId },
      { limit: 2, cursor: firstPage.nextCursor ?? undefined },
    );

    // Assess
    expect([...firstPage.items, ...secondPage.items].map((s) => s.start)).toEqual(weekly.map((s) => s.start));
    expect(secondPage.items).toHaveLength(1);
  });
});

describe('the projections store on DynamoDB Local', () => {
  it('keeps a match without its key attributes, and refuses a write from a stale read', async () => {
    // Prepare
    const matchId = `ma_${nextId('x')().slice(2)}`;
    const record = applyMatchConfirmed(undefined, { ...MATCH_CONFIRMED, matchId });
    if (!record) throw new Error('no record');

    // Act
    await projections.putMatch(record, 0);
    const stale = projections.putMatch({ ...record, status: 'ended' }, 0);

    // Assess
    await expect(stale).rejects.toThrow();
    expect(await projections.getMatch(matchId)).toEqual({ record, revision: 1 });
  });
});
