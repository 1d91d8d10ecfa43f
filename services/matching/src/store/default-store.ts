import { cursorCodec, documentClient } from '@lantern/runtime';
import { matchingTable } from '../tables.js';
import { createClientsStore } from './clients-store.js';
import { createMatchesStore } from './matches-store.js';
import { createPeersStore } from './peers-store.js';
import { createRosterStore } from './roster-store.js';
import { createRunsStore } from './runs-store.js';

export type { StoredSuggestions, StoredWaitingClient } from './clients-store.js';

/** What handlers use in Lambda: the real client, the table the manifest granted, the link key ring. */
const deps = { documents: documentClient(), table: matchingTable(), cursors: cursorCodec() };
export const matchingTableAccess = deps.table;
export const peersStore = createPeersStore(deps);
export const clientsStore = createClientsStore(deps);
export const matchesStore = createMatchesStore(deps);
export const runsStore = createRunsStore(deps);
export const rosterStore = createRosterStore(deps);
