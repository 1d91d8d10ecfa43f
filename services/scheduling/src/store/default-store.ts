import { cursorCodec, documentClient } from '@lantern/runtime';
import { schedulingTable } from '../tables.js';
import { createProjectionsStore } from './projections-store.js';
import { createSessionsStore } from './sessions-store.js';

/** What handlers use in Lambda: the real client, the table the manifest granted, the link key ring. */
export const documents = documentClient();
export const table = schedulingTable();
export const sessionsStore = createSessionsStore({ documents, table, cursors: cursorCodec() });
export const projectionsStore = createProjectionsStore({ documents, table });
