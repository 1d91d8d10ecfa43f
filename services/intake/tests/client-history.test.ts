import { buildEvent, EXAMPLE_INTAKE, IntakeRequest, IntakeSubmitted } from '@lantern/contracts';
import { startTestTables, type TestTables } from '@lantern/local-cloud/testing';
import { cursorCodec, documentClient, parseKeyRing } from '@lantern/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeSubmittedData, newClientRecord } from '../src/domain/client.js';
import { contactAttemptEntry } from '../src/domain/follow-up.js';
import { newClientId, newEventId } from '../src/domain/ids.js';
import { type ClientHistoryStore, createClientHistory } from '../src/store/client-history.js';
import { type ClientsStore, createClientsStore } from '../src/store/clients-store.js';
import { intakeTable, intakeTables } from '../src/tables.js';

const ring = parseKeyRing(JSON.stringify({ current: { id: 't', secret: Buffer.alloc(32, 9).toString('base64') } }));
let db: TestTables;
let clients: ClientsStore;
let history: ClientHistoryStore;

async function storedClientId(): Promise<string> {
  const record = newClientRecord(IntakeRequest.parse(EXAMPLE_INTAKE), newClientId(), new Date());
  const event = buildEvent(IntakeSubmitted, intakeSubmittedData(record), {
    eventId: newEventId(),
    occurredAt: record.createdAt,
  });
  await clients.saveIntake(record, event, { now: new Date() });
  return record.clientId;
}

const attemptAt = (minutesAgo: number) =>
  contactAttemptEntry(
    { at: new Date(Date.now() - minutesAgo * 60_000).toISOString(), channel: 'phone', outcome: 'no_answer' },
    { username: 'coordinator@example.org', now: new Date() },
  );

beforeAll(async () => {
  db = await startTestTables(intakeTables);
  const deps = {
    documents: documentClient(db.client),
    table: intakeTable(db.names.main),
    cursors: cursorCodec(() => ring),
  };
  clients = createClientsStore(deps);
  history = createClientHistory(deps);
}, 90_000);
afterAll(() => db?.stop());

describe('a client history on DynamoDB Local', () => {
  it('lists every entry newest first, page by page, each once', async () => {
    // Prepare: attempts recorded out of order
    const clientId = await storedClientId();
    const entries = [30, 5, 50, 10, 20].map(attemptAt);
    for (const entry of entries) expect(await history.add(clientId, entry, {})).toBe(true);

    // Act
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await history.list(clientId, { cursor, limit: 2 });
      if (page === 'badCursor') throw new Error('bad cursor');
      seen.push(...page.items.map((item) => item.at));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);

    // Assess
    expect(seen).toEqual(
      entries
        .map((entry) => entry.at)
        .sort()
        .reverse(),
    );
  });

  it('writes nothing for a client that does not exist', async () => {
    const clientId = newClientId();

    const added = await history.add(clientId, attemptAt(1), {});

    expect(added).toBe(false);
    expect(await history.list(clientId, { limit: 10 })).toEqual({ items: [], nextCursor: null });
  });

  it('refuses a cursor from another client’s history', async () => {
    // Prepare
    const [one, other] = [await storedClientId(), await storedClientId()];
    for (const minutes of [1, 2, 3]) await history.add(one, attemptAt(minutes), {});
    const page = await history.list(one, { limit: 1 });
    if (page === 'badCursor' || !page.nextCursor) throw new Error('expected a next page');

    // Act
    const borrowed = await history.list(other, { cursor: page.nextCursor, limit: 1 });

    // Assess
    expect(borrowed).toBe('badCursor');
  });
});
