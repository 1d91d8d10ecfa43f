import { cursorCodec, documentClient, keyRingFromEnvironment } from '@lantern/runtime';
import templates from '../domain/plan-templates.generated.json' with { type: 'json' };
import { planTemplateLibrary } from '../domain/plan-templates.js';
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
/** The packed plan-templates/*.json files (pnpm --filter @lantern/support plan-templates). */
export const planTemplates = planTemplateLibrary(templates as Parameters<typeof planTemplateLibrary>[0]);
