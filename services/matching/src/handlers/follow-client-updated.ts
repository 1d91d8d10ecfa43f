import { ClientUpdated } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { foldClientUpdated } from '../domain/waiting-clients.js';
import { matchingTableAccess } from '../store/default-store.js';
import { projectClient } from './project-client.js';

/** ClientUpdated → the projection follows status and contact changes (a matched client stops waiting). */
export const handler = eventHandler(ClientUpdated, { idempotencyTable: matchingTableAccess }, async ({ meta, data }) =>
  projectClient(data.clientId, (current) => foldClientUpdated(current, data, meta)),
);
