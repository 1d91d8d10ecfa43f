import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { buildEvent, type Match, MatchConfirmed, MatchEnded, type Peer, PeerUpdated } from '@lantern/contracts';
import { startTestTables, type TestTables } from '@lantern/local-cloud/testing';
import { cursorCodec, documentClient, parseKeyRing } from '@lantern/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newEventId, newMatchId, newPeerId, newRunId } from '../src/domain/ids.js';
import { confirmedMatch, endMatch, matchConfirmedData, matchEndedData } from '../src/domain/matches.js';
import { peerUpdatedData } from '../src/domain/peers.js';
import { rosterPeerOf } from '../src/domain/profiles.js';
import { proposeRun } from '../src/domain/runs.js';
import { suggestionsFor } from '../src/domain/suggestions.js';
import { type RunCandidate, runCandidateOf } from '../src/domain/waiting-clients.js';
import { type ClientsStore, createClientsStore } from '../src/store/clients-store.js';
import { createMatchesStore, type MatchesStore } from '../src/store/matches-store.js';
import { createPeersStore, type PeersStore } from '../src/store/peers-store.js';
import { createRunsStore, type RunsStore } from '../src/store/runs-store.js';
import { matchingTable, matchingTables } from '../src/tables.js';
import { aClient, aPeer, NOW } from './fixtures.js';

const ring = parseKeyRing(JSON.stringify({ current: { id: 't', secret: Buffer.alloc(32, 7).toString('base64') } }));
let db: TestTables;
let peers: PeersStore;
let clients: ClientsStore;
let matches: MatchesStore;
let runs: RunsStore;
let counter = 0;

const peerEvent = (peer: Peer) =>
  buildEvent(PeerUpdated, peerUpdatedData(peer), { eventId: newEventId(), occurredAt: peer.updatedAt });

/** A peer with a fresh id and email, stored. */
async function storedPeer(overrides: Partial<Peer> = {}): Promise<Peer> {
  counter += 1;
  const peer = { ...aPeer(counter), peerId: newPeerId(), email: `store-peer${counter}@example.org`, ...overrides };
  expect(await peers.createPeer(peer, peerEvent(peer), NOW)).toBe('saved');
  return peer;
}

/** A waiting client with a fresh id, stored in the projection. */
async function storedClient() {
  counter += 1;
  const client = aClient(100_000 + counter);
  expect(await clients.saveWaiting(client, undefined)).toBe(true);
  return client;
}

function confirmationOf(clientN: Awaited<ReturnType<typeof storedClient>>, peer: Peer) {
  const match = confirmedMatch({
    matchId: newMatchId(),
    clientId: clientN.clientId,
    peerId: peer.peerId,
    score: 0,
    reasons: [],
    confirmedBy: 'coordinator-sub',
    now: NOW,
  });
  const event = buildEvent(MatchConfirmed, matchConfirmedData(match, clientN, peer), {
    eventId: newEventId(),
    occurredAt: match.confirmedAt,
  });
  return { match, event };
}

beforeAll(async () => {
  db = await startTestTables(matchingTables);
  const deps = {
    documents: documentClient(db.client),
    table: matchingTable(db.names.main),
    cursors: cursorCodec(() => ring),
  };
  peers = createPeersStore(deps);
  clients = createClientsStore(deps);
  matches = createMatchesStore(deps);
  runs = createRunsStore(deps);
}, 90_000);
afterAll(() => db?.stop());

describe('the peers store on DynamoDB Local', () => {
  it('stores a peer, finds it by its email in any case, and refuses a second peer with that email', async () => {
    // Prepare
    const peer = await storedPeer();

    // Act
    const twin = { ...aPeer(1), peerId: newPeerId(), email: peer.email.toUpperCase() };
    const second = await peers.createPeer(twin, peerEvent(twin), NOW);

    // Assess
    expect(await peers.getPeer(peer.peerId)).toEqual(peer);
    expect(await peers.peerIdByEmail(peer.email.toUpperCase())).toBe(peer.peerId);
    expect(second).toBe('emailTaken');
    expect(await peers.getPeer(twin.peerId)).toBeUndefined();
  });

  it('refuses a change made on a stale version, and moves the email claim with a changed email', async () => {
    const peer = await storedPeer();
    const moved = { ...peer, email: `moved-${peer.email}`, version: 2 };

    const first = await peers.savePeerChange(peer, moved, peerEvent(moved), NOW);
    const stale = await peers.savePeerChange(peer, { ...moved, bio: 'again', version: 2 }, peerEvent(moved), NOW);

    expect(first).toBe('saved');
    expect(stale).toBe('stale');
    expect(await peers.peerIdByEmail(moved.email)).toBe(peer.peerId);
    expect(await peers.peerIdByEmail(peer.email)).toBeUndefined();
  });

  it('pages the roster of one status, every peer once, with no cursor after the last page', async () => {
    const onLeave = await Promise.all([1, 2, 3, 4, 5].map(() => storedPeer({ status: 'on_leave' })));

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await peers.listPeers({ status: 'on_leave', limit: 2, ...(cursor ? { cursor } : {}) });
      if (page === 'badCursor') throw new Error('bad cursor');
      seen.push(...page.items.map((peer) => peer.peerId));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);

    expect(seen.sort()).toEqual(onLeave.map((peer) => peer.peerId).sort());
    expect(pages).toBe(3);
    const otherListing = await peers.listPeers({ limit: 2, cursor: (await firstCursor()) ?? '' });
    expect(otherListing).toBe('badCursor');
  });
});

async function firstCursor(): Promise<string | null> {
  const page = await peers.listPeers({ status: 'on_leave', limit: 1 });
  return page === 'badCursor' ? null : page.nextCursor;
}

describe('confirmations and ends on DynamoDB Local', () => {
  it('lets exactly one of 20 concurrent confirmations take the last place, the caseload never above capacity', async () => {
    // Prepare
    const peer = await storedPeer({ capacity: 2 });
    const first = await storedClient();
    expect(await matches.confirm(confirmationOf(first, peer).match, confirmationOf(first, peer).event, NOW)).toBe(
      'saved',
    );
    const contenders = await Promise.all(Array.from({ length: 20 }, () => storedClient()));

    // Act
    const outcomes = await Promise.all(
      contenders.map((client) => {
        const { match, event } = confirmationOf(client, peer);
        return matches.confirm(match, event, NOW);
      }),
    );

    // Assess
    expect(outcomes.filter((outcome) => outcome === 'saved')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome !== 'saved').every((failed) => failed.includes('peerHasRoom'))).toBe(
      true,
    );
    expect((await peers.getPeer(peer.peerId))?.caseload).toBe(2);
    const page = await matches.listMatches({ peerId: peer.peerId, limit: 100 });
    expect(page !== 'badCursor' && page.items.length).toBe(2);
  });

  it('never matches one client twice, and ending a client-ended match frees the place and blocks the pair', async () => {
    const [peerA, peerB] = [await storedPeer(), await storedPeer()];
    const client = await storedClient();
    const withA = confirmationOf(client, peerA);
    expect(await matches.confirm(withA.match, withA.event, NOW)).toBe('saved');

    const withB = confirmationOf(client, peerB);
    const second = await matches.confirm(withB.match, withB.event, NOW);
    const ended = endMatch(withA.match, { reason: 'Moved away', endedBy: 'client' }, NOW);
    if (!ended.changed) throw new Error('a confirmed match ends');
    const endEvent = buildEvent(MatchEnded, matchEndedData(ended.match), {
      eventId: newEventId(),
      occurredAt: NOW.toISOString(),
    });
    const endedOnce = await matches.end(withA.match, ended.match, endEvent, NOW);
    const endedTwice = await matches.end(withA.match, ended.match, endEvent, NOW);
    const again = confirmationOf(client, peerA);
    const retry = await matches.confirm(again.match, again.event, NOW);

    expect(second).toEqual(['clientFree']);
    expect(endedOnce).toBe(true);
    expect(endedTwice).toBe(false);
    expect((await peers.getPeer(peerA.peerId))?.caseload).toBe(0);
    expect(retry).toEqual(['pairNotEndedByClient']);
    const blocking = await clients.blockingMatches();
    expect(blocking.some((match: Match) => match.matchId === withA.match.matchId && match.endedBy === 'client')).toBe(
      true,
    );
    expect(await matches.getMatch(withA.match.matchId)).toEqual(ended.match);
  });
});

describe('a run’s pairs with one peer confirmed together on DynamoDB Local', () => {
  it('confirms every pair at once while the peer has room for all of them', async () => {
    // Prepare
    const peer = await storedPeer({ capacity: 3 });
    const pairs = [await storedClient(), await storedClient(), await storedClient()].map((client) =>
      confirmationOf(client, peer),
    );

    // Act
    const outcome = await matches.confirmTogether(peer, pairs, NOW);

    // Assess
    expect(outcome).toBe('saved');
    expect((await peers.getPeer(peer.peerId))?.caseload).toBe(3);
    const page = await matches.listMatches({ peerId: peer.peerId, limit: 100 });
    expect(page !== 'badCursor' && page.items.map((match) => match.matchId).sort()).toEqual(
      pairs.map(({ match }) => match.matchId).sort(),
    );
  });

  it('writes nothing when one client is already matched, or the peer has no room for all', async () => {
    const peer = await storedPeer({ capacity: 3 });
    const [taken, free, other] = [await storedClient(), await storedClient(), await storedClient()];
    const elsewhere = await storedPeer();
    expect(
      await matches.confirm(confirmationOf(taken, elsewhere).match, confirmationOf(taken, elsewhere).event, NOW),
    ).toBe('saved');

    const withTaken = await matches.confirmTogether(
      peer,
      [confirmationOf(free, peer), confirmationOf(taken, peer)],
      NOW,
    );
    const tooMany = await matches.confirmTogether(
      { ...peer, capacity: 2 },
      [confirmationOf(free, peer), confirmationOf(other, peer)],
      NOW,
    );
    const capacityChanged = await matches.confirmTogether(
      { ...peer, capacity: 4 },
      [confirmationOf(free, peer), confirmationOf(other, peer)],
      NOW,
    );

    expect([withTaken, tooMany, capacityChanged]).toEqual(['refused', 'refused', 'refused']);
    expect((await peers.getPeer(peer.peerId))?.caseload).toBe(0);
    const page = await matches.listMatches({ peerId: peer.peerId, limit: 100 });
    expect(page !== 'badCursor' && page.items).toEqual([]);
  });
});

describe('the projection and runs on DynamoDB Local', () => {
  it('keeps a waiting client only while it waits, and refuses a save on a version read before another', async () => {
    const client = await storedClient();
    const read = await clients.getWaiting(client.clientId);
    if (!read) throw new Error('stored');
    const matched = { ...client, status: { at: NOW.toISOString(), eventId: 'ev_z', value: 'matched' } };

    const saved = await clients.saveWaiting(matched, read);
    const stale = await clients.saveWaiting(matched, read);

    expect(saved).toBe(true);
    expect(stale).toBe(false);
    expect((await clients.getWaiting(client.clientId))?.version).toBe(2);
    expect((await clients.waitingClients()).map((waiting) => waiting.clientId)).not.toContain(client.clientId);
    expect((await clients.runCandidates()).map((candidate) => candidate.clientId)).not.toContain(client.clientId);
  });

  it('reads each waiting client for a run from its candidate item (a record kept before those, whole), and proposes the same', async () => {
    // Prepare: waiting clients stored now, each with its candidate item.
    const stored = [await storedClient(), await storedClient()];
    const ids = stored.map((client) => client.clientId);
    const ofThese = <T extends { clientId: string }>(items: readonly T[]) =>
      items.filter((item) => ids.includes(item.clientId)).sort((a, b) => a.clientId.localeCompare(b.clientId));

    // Act
    const fromCopies = ofThese(await clients.runCandidates());
    const whole = ofThese(await clients.waitingClients());
    // A record from before candidates had items of their own, listed where they are now.
    const older = aClient(300_000);
    await documentClient(db.client).send(
      new PutCommand({
        TableName: db.names.main,
        Item: {
          ...older,
          version: 1,
          pk: `CLIENT#${older.clientId}`,
          sk: 'WAITING',
          listPk: 'WAITING',
          listSk: older.clientId,
        },
      }),
    );
    const withOlder = await clients.runCandidates();
    const wholeWithOlder = await clients.waitingClients();

    // Assess
    expect(fromCopies).toEqual(whole.map(runCandidateOf));
    expect(withOlder.filter((client) => client.clientId === older.clientId)).toEqual([runCandidateOf(older)]);
    expect(wholeWithOlder.filter((client) => client.clientId === older.clientId)).toEqual([older]);
    const roster = [aPeer(400_001), aPeer(400_002)];
    const propose = (candidates: readonly RunCandidate[]) =>
      proposeRun({ clients: candidates, peers: roster.map(rosterPeerOf), matches: [], runId: newRunId(), now: NOW })
        .assignments;
    expect(propose(fromCopies)).toEqual(propose(whole));
  });

  it('keeps suggestions over 1,500 peers (past DynamoDB’s 400 KB item as a map) and reads them back whole', async () => {
    // Prepare
    const client = await storedClient();
    const roster = Array.from({ length: 1500 }, (_, n) => aPeer(200_000 + n));
    const suggestions = suggestionsFor({ client, peers: roster.map(rosterPeerOf), matches: [], now: NOW });
    if (!suggestions) throw new Error('a waiting client has suggestions');

    // Act
    await clients.saveSuggestions(client.clientId, { suggestions, rosterStamp: 7, clientVersion: 1 });
    const read = await clients.getSuggestions(client.clientId);

    // Assess
    expect(JSON.stringify(suggestions).length).toBeGreaterThan(400_000);
    expect(read).toEqual({ suggestions, rosterStamp: 7, clientVersion: 1 });
    expect(await clients.getSuggestions(aClient(999_999).clientId)).toBeUndefined();
  }, 30_000);

  it('stores a proposal larger than one item in parts and reads the same run back', async () => {
    const assignments = Array.from({ length: 3000 }, (_, n) => ({
      clientId: aClient(n).clientId,
      peerId: aPeer(n).peerId,
      score: 40,
      reasons: [
        {
          criterion: 'first_language' as const,
          points: 40,
          detail: `Speaks English with a person ${n} ${Math.random()}`,
        },
      ],
    }));
    const run = {
      runId: newRunId(),
      status: 'proposed' as const,
      createdAt: NOW.toISOString(),
      objective: { urgentServed: 0, served: 3000, totalScore: 120_000 },
      assignments,
      unassigned: [],
    };

    await runs.saveRun(run);

    expect(await runs.getRun(run.runId)).toEqual(run);
    expect(await runs.getRun(newRunId())).toBeUndefined();
  }, 30_000);

  it('reads each save of a run whole, and an applying run with the progress saved since', async () => {
    // Prepare: a proposal whose parts grow with each save (the outcome is added at the end).
    const big = (n: number) => `${n} ${Math.random()} `.repeat(40);
    const assignments = Array.from({ length: 400 }, (_, n) => ({
      clientId: aClient(n).clientId,
      peerId: aPeer(n).peerId,
      score: 40,
      reasons: [{ criterion: 'first_language' as const, points: 40, detail: big(n) }],
    }));
    const proposal = {
      runId: newRunId(),
      createdAt: NOW.toISOString(),
      objective: { urgentServed: 0, served: 400, totalScore: 16_000 },
      assignments,
      unassigned: [],
    };
    const conflicts = assignments.map(({ clientId, peerId }, n) => ({
      clientId,
      peerId,
      because: [big(n + 1000)],
      codes: ['peer_at_capacity' as const],
    }));

    // Act
    await runs.saveRun({ ...proposal, status: 'proposed' });
    await runs.saveRun({ ...proposal, status: 'applying', progress: { done: 0, total: 400 } });
    await runs.saveProgress(proposal.runId, 120);
    const applying = await runs.getRun(proposal.runId);
    const applied = { ...proposal, status: 'applied' as const, result: { applied: [], conflicts } };
    await runs.saveRun(applied);
    await runs.saveProgress(proposal.runId, 400);

    // Assess
    expect(applying).toEqual({ ...proposal, status: 'applying', progress: { done: 120, total: 400 } });
    expect(await runs.getRun(proposal.runId)).toEqual(applied);
  }, 30_000);
});
