import { cursorCodec, documentClient } from '@lantern/runtime';
import { intakeTable } from '../tables.js';
import { createClientHistory } from './client-history.js';
import { createClientsStore } from './clients-store.js';

/** What handlers use in Lambda: the real client, the table the manifest granted, the link key ring. */
export const documents = documentClient();
export const table = intakeTable();
const cursors = cursorCodec();
export const clientsStore = createClientsStore({ documents, table, cursors });
export const clientHistory = createClientHistory({ documents, table, cursors });
