import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { buildEvent, type Peer, PeerUpdated } from '@lantern/contracts';
import { startTestTables, type TestTables } from '@lantern/local-cloud/testing';
import { cursorCodec, documentClient, parseKeyRing } from '@lantern/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newEventId, newPeerId } from '../src/domain/ids.js';
import { peerUpdatedData } from '../src/domain/peers.js';
import { rosterPeerOf } from '../src/domain/profiles.js';
import { createPeersStore, type PeersStore, peerItem } from '../src/store/peers-store.js';
import { createRosterStore, INDEX_SETTLE_MS } from '../src/store/roster-store.js';
import { matchingTable, matchingTables } from '../src/tables.js';
import { aPeer, NOW } from './fixtures.js';

const ring = parseKeyRing(JSON.stringify({ current: { id: 't', secret: Buffer.alloc(32, 7).toString('base64') } }));
let db: TestTables;
let documents: DynamoDBDocumentClient;
let peers: PeersStore;
let counter = 0;

/** The store as a new Lambda instance has it: nothing kept in memory yet. */
/** Peers change at NOW (fixtures); by default the reader's clock is well past the index's settling. */
const SETTLED = NOW.getTime() + INDEX_SETTLE_MS;
const newInstance = (client: Pick<DynamoDBDocumentClient, 'send'> = documents, clock = () => SETTLED) =>
  createRosterStore(
    {
      documents: client as DynamoDBDocumentClient,
      table: matchingTable(db.names.main),
      cursors: cursorCodec(() => ring),
    },
    clock,
  );

/** A new peer through the store: the roster stamp moves. */
async function storedPeer(): Promise<Peer> {
  counter += 1;
  const peer = { ...aPeer(counter), peerId: newPeerId(), email: `roster-peer${counter}@example.org` };
  const event = buildEvent(PeerUpdated, peerUpdatedData(peer), { eventId: newEventId(), occurredAt: peer.updatedAt });
  expect(await peers.createPeer(peer, event, NOW)).toBe('saved');
  return peer;
}

/** A peer record written behind the stamp's back: only a whole read of the roster sees it. */
async function unstampedPeer(): Promise<Peer> {
  counter += 1;
  const peer = { ...aPeer(counter), peerId: newPeerId(), email: `roster-peer${counter}@example.org` };
  await documents.send(
    new PutCommand({ TableName: db.names.main, Item: peerItem(matchingTable(db.names.main), peer) }),
  );
  return peer;
}

const idsOf = (roster: readonly { profile: { id: string } }[]) => roster.map((peer) => peer.profile.id).sort();

async function copiedStamp(): Promise<number | undefined> {
  const { Item } = await documents.send(
    new GetCommand({ TableName: db.names.main, Key: { pk: 'ROSTER_COPY', sk: 'PEERS' }, ConsistentRead: true }),
  );
  return Item?.stamp as number | undefined;
}

beforeAll(async () => {
  db = await startTestTables(matchingTables);
  documents = documentClient(db.client);
  peers = createPeersStore({
    documents,
    table: matchingTable(db.names.main),
    cursors: cursorCodec(() => ring),
  });
}, 90_000);
afterAll(() => db?.stop());

describe('the roster as suggestions and runs read it, on DynamoDB Local', () => {
  it('is read whole once per stamp; other instances take the packed copy that read left', async () => {
    // Prepare
    const first = await storedPeer();
    const stamp = await newInstance().stamp();

    // Act: one instance reads the roster whole; a record then written without a stamp is unseen by copies.
    const whole = await newInstance().rosterAt(stamp);
    const hidden = await unstampedPeer();
    const fromCopy = await newInstance().rosterAt(stamp);

    // Assess
    expect(whole).toEqual([rosterPeerOf(first)]);
    expect(fromCopy).toEqual(whole);
    expect(await copiedStamp()).toBe(stamp.value);
    const records = await newInstance().peersAt(stamp);
    expect(records.map((peer) => peer.peerId).sort()).toEqual([first.peerId, hidden.peerId].sort());
  });

  it('reads the roster whole again once the stamp has moved past the copy', async () => {
    // Prepare
    const before = await newInstance().stamp();
    await newInstance().rosterAt(before);
    const hidden = await unstampedPeer();
    const added = await storedPeer();
    const after = await newInstance().stamp();

    // Act
    const roster = await newInstance().rosterAt(after);

    // Assess
    expect(after.value).toBeGreaterThan(before.value);
    expect(idsOf(roster)).toEqual(expect.arrayContaining([hidden.peerId, added.peerId]));
    expect(await copiedStamp()).toBe(after.value);
  });

  it('never replaces a newer copy with an older one, when a slower reader writes last', async () => {
    // Prepare: a stamp no copy was taken at; while the slow reader is between its copy check and
    // its own copy, the roster changes and a faster reader leaves a copy at the newer stamp.
    await storedPeer();
    const fast = newInstance();
    let newer: number | undefined;
    const slowClient = {
      async send(command: Parameters<DynamoDBDocumentClient['send']>[0]) {
        const answer = await documents.send(command as never);
        if (newer === undefined && command instanceof GetCommand && command.input.Key?.pk === 'ROSTER_COPY') {
          await storedPeer();
          const stamp = await fast.stamp();
          newer = stamp.value;
          await fast.rosterAt(stamp);
        }
        return answer;
      },
    };
    const slow = newInstance(slowClient);
    const older = await slow.stamp();

    // Act
    const roster = await slow.rosterAt(older);

    // Assess
    expect(newer).toBeGreaterThan(older.value);
    expect(roster.length).toBeGreaterThan(0);
    expect(await copiedStamp()).toBe(newer);
  });

  it('keeps nothing read within seconds of a change, which the index may not show yet', async () => {
    // Prepare: a change at NOW; a reader at NOW + 1 s, then one once the index has settled.
    await storedPeer();
    const soon = newInstance(documents, () => NOW.getTime() + 1_000);
    const stamp = await soon.stamp();
    const copyBefore = await copiedStamp();

    // Act: read twice right after the change, a record appearing in between.
    const first = await soon.rosterAt(stamp);
    const hidden = await unstampedPeer();
    const second = await soon.rosterAt(stamp);
    const later = await newInstance().rosterAt(stamp);

    // Assess: read whole each time and no copy left; once settled, a copy is.
    expect(soon.settled(stamp)).toBe(false);
    expect(idsOf(first)).not.toContain(hidden.peerId);
    expect(idsOf(second)).toContain(hidden.peerId);
    expect(copyBefore).toBeLessThan(stamp.value);
    expect(idsOf(later)).toContain(hidden.peerId);
    expect(await copiedStamp()).toBe(stamp.value);
  });
});
