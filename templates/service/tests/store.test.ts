import { startTestTables, type TestTables } from '@lantern/local-cloud/testing';
import { documentClient } from '@lantern/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newExample } from '../src/domain/example.js';
import { createExampleStore, type ExampleStore } from '../src/store/example-store.js';
import { exampleTable, exampleTables } from '../src/tables.js';

let db: TestTables;
let store: ExampleStore;

beforeAll(async () => {
  db = await startTestTables(exampleTables);
  store = createExampleStore({ documents: documentClient(db.client), table: exampleTable(db.names.main) });
}, 90_000);
afterAll(() => db?.stop());

describe('the examples store on DynamoDB Local', () => {
  it('reads back what it stored, without the key attributes', async () => {
    // Prepare
    const item = newExample({ title: 'Stored' }, { username: 'coordinator@example.org', now: new Date() });

    // Act
    await store.save(item, {});

    // Assess
    expect(await store.get(item.exampleId)).toEqual(item);
  });

  it('refuses to store the same item twice', async () => {
    const item = newExample({ title: 'Once' }, { username: 'coordinator@example.org', now: new Date() });
    await store.save(item, {});

    await expect(store.save({ ...item, title: 'Twice' }, {})).rejects.toThrow();
    expect((await store.get(item.exampleId))?.title).toBe('Once');
  });
});
