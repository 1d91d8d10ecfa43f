import { startTestTables, type TestTables } from '@lantern/local-cloud/testing';
import { cursorCodec, documentClient, parseKeyRing } from '@lantern/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntry } from '../src/domain/audit.js';
import { type AuditStore, createAuditStore } from '../src/store/audit-store.js';
import { createProjectionStore, type ProjectionStore } from '../src/store/projection-store.js';
import { createRecordsStore, type RecordsStore } from '../src/store/records-store.js';
import { supportTable, supportTables } from '../src/tables.js';
import { newClientId } from './ids.js';

const ring = parseKeyRing(JSON.stringify({ current: { id: 't', secret: Buffer.alloc(32, 7).toString('base64') } }));
let db: TestTables;
let records: RecordsStore;
let projections: ProjectionStore;
let audit: AuditStore;

beforeAll(async () => {
  db = await startTestTables(supportTables);
  const deps = {
    documents: documentClient(db.client),
    table: supportTable(db.names.main),
    cursors: cursorCodec(() => ring),
  };
  records = createRecordsStore(deps);
  projections = createProjectionStore(deps);
  audit = createAuditStore(deps);
}, 90_000);
afterAll(() => db?.stop());

async function everyPage<T>(
  read: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null } | 'badCursor'>,
) {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    if (page === 'badCursor') throw new Error('bad cursor');
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

describe('the records store on DynamoDB Local', () => {
  it('lists a client’s records newest first across pages, and never a restricted note among notes', async () => {
    // Prepare
    const clientId = newClientId();
    const ids = ['no_01JQ7Z5X2M4N6P8R0T2V4W6Y81', 'no_01JQ7Z5X2M4N6P8R0T2V4W6Y82', 'no_01JQ7Z5X2M4N6P8R0T2V4W6Y83'];
    for (const noteId of ids) await records.create('note', clientId, noteId, { noteId, clientId });
    await records.create('restrictedNote', clientId, 'no_01JQ7Z5X2M4N6P8R0T2V4W6Y89', {
      noteId: 'restricted',
      clientId,
    });

    // Act
    const listed = await everyPage<{ noteId: string }>((cursor) =>
      records.list('note', clientId, { cursor, limit: 2 }),
    );

    // Assess
    expect(listed.map((n) => n.noteId)).toEqual([...ids].reverse());
    expect(await records.ids('restrictedNote', clientId)).toEqual(['no_01JQ7Z5X2M4N6P8R0T2V4W6Y89']);
    expect(await records.owner('no_01JQ7Z5X2M4N6P8R0T2V4W6Y89')).toEqual({ clientId, kind: 'restrictedNote' });
  });

  it('refuses a cursor from another listing', async () => {
    const clientId = newClientId();
    for (const n of [1, 2, 3])
      await records.create('goal', clientId, `go_01JQ7Z5X2M4N6P8R0T2V4W6YA${n}`, { version: 1 });
    const first = await records.list('goal', clientId, { limit: 1 });
    if (first === 'badCursor' || !first.nextCursor) throw new Error('expected a next page');
    expect(await records.list('plan', clientId, { cursor: first.nextCursor, limit: 1 })).toBe('badCursor');
  });

  it('replaces a record only at the version read, and writes nothing otherwise', async () => {
    const clientId = newClientId();
    const goalId = 'go_01JQ7Z5X2M4N6P8R0T2V4W6YB1';
    await records.create('goal', clientId, goalId, { goalId, version: 1, title: 'first' });
    expect(await records.replace('goal', clientId, goalId, { version: 2, title: 'second' } as never, 1)).toBe(true);
    expect(await records.replace('goal', clientId, goalId, { version: 2, title: 'lost' } as never, 1)).toBe(false);
    expect(await records.get('goal', clientId, goalId)).toMatchObject({ version: 2, title: 'second' });
  });

  it('refuses to create the same record twice', async () => {
    const clientId = newClientId();
    await records.create('concern', clientId, 'cn_01JQ7Z5X2M4N6P8R0T2V4W6YC1', { version: 1 });
    await expect(
      records.create('concern', clientId, 'cn_01JQ7Z5X2M4N6P8R0T2V4W6YC1', { version: 1 }),
    ).rejects.toThrow();
  });
});

describe('the projections on DynamoDB Local', () => {
  it('keeps an ended match ended even when its confirmation arrives later', async () => {
    const clientId = newClientId();
    await projections.recordMatchEnded({ clientId, matchId: 'ma_1', at: '2027-03-02T00:00:00Z' });
    await projections.recordMatchConfirmed({
      clientId,
      matchId: 'ma_1',
      peerAccount: 'Peer@Example.org',
      at: '2027-03-01T00:00:00Z',
    });
    await projections.recordMatchConfirmed({
      clientId,
      matchId: 'ma_2',
      peerAccount: 'Other@Example.org',
      at: '2027-03-03T00:00:00Z',
    });
    expect(await projections.peerAccounts(clientId)).toEqual(['other@example.org']);
  });

  it('keeps the newest consented channels whatever the order events arrive in', async () => {
    const clientId = newClientId();
    await projections.recordClient(
      clientId,
      { contactChannels: ['email', 'text'], locale: 'fr' },
      '2027-03-02T00:00:00Z',
    );
    await projections.recordClient(clientId, { contactChannels: ['email'], locale: 'en' }, '2027-03-01T00:00:00Z');
    expect(await projections.client(clientId)).toEqual({ contactChannels: ['email', 'text'], locale: 'fr' });
  });
});

describe('the audit store on DynamoDB Local', () => {
  it('pages one client’s trail and one actor’s trail, newest first', async () => {
    // Prepare
    const clientId = newClientId();
    const actor = { subject: 's', username: `Peer-${clientId}@example.org`, roles: ['peer'] };
    const times = [1, 2, 3, 4, 5].map((n) => new Date(Date.UTC(2027, 2, n)));
    for (const at of times) {
      await audit.record(
        auditEntry(
          { actor, action: 'goal.list', target: { kind: 'goal', clientId }, allowed: at.getUTCDate() % 2 === 0 },
          at,
        ),
      );
    }

    // Act
    const byClient = await everyPage((cursor) => audit.list({ clientId }, { cursor, limit: 2 }));
    const byActor = await everyPage((cursor) =>
      audit.list({ actor: actor.username.toLowerCase() }, { cursor, limit: 2 }),
    );

    // Assess
    const newestFirst = times.map((t) => t.toISOString()).reverse();
    expect(byClient.map((entry) => entry.at)).toEqual(newestFirst);
    expect(byActor.map((entry) => entry.at)).toEqual(newestFirst);
    expect(byClient.filter((entry) => !entry.allowed)).toHaveLength(3);
    expect(Object.keys(byClient[0] ?? {}).sort()).toEqual(['action', 'actor', 'allowed', 'at', 'target']);
  });
});
