import { startTestTables, type TestTables } from '@lantern/local-cloud/testing';
import { documentClient } from '@lantern/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newExample } from '../src/domain/example.js';
import { createExamplesStore, type ExamplesStore } from '../src/store/examples-store.js';
import { exampleTable, exampleTables } from '../src/tables.js';

let db: TestTables;
let store: ExamplesStore;

beforeAll(async () => {
  db = await startTestTables(exampleTables);
  store = createExamplesStore({ documents: documentClient(db.client), table: exampleTable(db.names.main) });
}, 90_000);
afterAll(() => db?.stop());

describe('the examples store on DynamoDB Local', () => {
  it('reads back what it stored, without the key attributes', async () => {
    // Prepare
    const example = newExample({ title: 'Stored' }, { username: 'coordinator@example.org', now: new Date() });

    // Act
    await store.save(example, {});

    // Assess
    expect(await store.get(example.exampleId)).toEqual(example);
  });

  it('refuses to store the same example twice', async () => {
    const example = newExample({ title: 'Once' }, { username: 'coordinator@example.org', now: new Date() });
    await store.save(example, {});

    await expect(store.save({ ...example, title: 'Twice' }, {})).rejects.toThrow();
    expect((await store.get(example.exampleId))?.title).toBe('Once');
  });
});
