import { IntakeSubmitted } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { foldIntakeSubmitted } from '../domain/waiting-clients.js';
import { matchingTableAccess } from '../store/default-store.js';
import { projectClient } from './project-client.js';

/** IntakeSubmitted → a waiting client in matching's projection, with suggestions computed ahead. */
export const handler = eventHandler(
  IntakeSubmitted,
  { idempotencyTable: matchingTableAccess },
  async ({ meta, data }) => projectClient(data.clientId, (current) => foldIntakeSubmitted(current, data, meta)),
);
