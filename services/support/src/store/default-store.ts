import { cursorCodec, documentClient, keyRingFromEnvironment } from '@lantern/runtime';
import { supportTable } from '../tables.js';
import { createAuditStore } from './audit-store.js';
import { createProjectionStore } from './projection-store.js';
import { createRecordsStore } from './records-store.js';

/** What handlers use in Lambda: the real client, the table the manifest granted, the link key ring. */
export const documents = documentClient();
export const table = supportTable();
const cursors = cursorCodec();
export const records = createRecordsStore({ documents, table, cursors });
export const projections = createProjectionStore({ documents, table });
export const audit = createAuditStore({ documents, table, cursors });
export const linkKeys = () => keyRingFromEnvironment();
export { planTemplates } from '../domain/organisation-templates.js';
