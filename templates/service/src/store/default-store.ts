import { documentClient } from '@lantern/runtime';
import { exampleTable } from '../tables.js';
import { createExampleStore } from './example-store.js';

/** What handlers use in Lambda: the real client and the table the manifest granted. */
export const documents = documentClient();
export const table = exampleTable();
export const exampleStore = createExampleStore({ documents, table });
