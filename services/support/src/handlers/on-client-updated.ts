import { ClientUpdated } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { projections, table } from '../store/default-store.js';

/** ClientUpdated → consented channels, when they changed. */
export const handler = eventHandler(ClientUpdated, { idempotencyTable: table }, async ({ data }) => {
  await projections.recordClient(data.clientId, { contactChannels: data.changes.contactChannels }, data.updatedAt);
});
