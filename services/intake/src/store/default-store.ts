import { cursorCodec, documentClient } from '@lantern/runtime';
import { intakeTable } from '../tables.js';
import { createClientsStore } from './clients-store.js';

/** What handlers use in Lambda: the real client, the table the manifest granted, the link key ring. */
export const documents = documentClient();
export const table = intakeTable();
export const clientsStore = createClientsStore({ documents, table, cursors: cursorCodec() });
