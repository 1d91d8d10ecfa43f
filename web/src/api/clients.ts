import type {
  ClientHistory,
  ClientHistoryEntry,
  ClientList,
  ClientRecord,
  ClientStatus,
  ContactAttemptRequest,
  PatchClientRequest,
} from '@lantern/contracts';
import { callRoute } from './call-route.js';
import { WEB_ROUTES } from './routes.js';

export interface QueueFilters {
  status?: ClientStatus;
  urgent?: boolean;
}

export function listClients(
  apiUrl: string,
  token: string,
  filters: QueueFilters,
  cursor?: string,
  limit = 25,
): Promise<ClientList> {
  const query = {
    limit,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.urgent !== undefined ? { urgent: String(filters.urgent) as 'true' | 'false' } : {}),
    ...(cursor ? { cursor } : {}),
  };
  return callRoute(apiUrl, WEB_ROUTES.listClients, { token, query });
}

export function getClient(apiUrl: string, token: string, clientId: string): Promise<ClientRecord> {
  return callRoute(apiUrl, WEB_ROUTES.getClient, { token, params: { clientId } });
}

export async function patchClient(
  apiUrl: string,
  token: string,
  clientId: string,
  change: PatchClientRequest,
): Promise<ClientRecord> {
  return callRoute(apiUrl, WEB_ROUTES.updateClient, { token, params: { clientId }, body: change });
}

export function recordContactAttempt(
  apiUrl: string,
  token: string,
  clientId: string,
  attempt: ContactAttemptRequest,
  idempotencyKey: string,
): Promise<ClientHistoryEntry> {
  return callRoute(apiUrl, WEB_ROUTES.recordContactAttempt, {
    token,
    params: { clientId },
    body: attempt,
    headers: { 'idempotency-key': idempotencyKey },
  });
}

export function clearUrgent(apiUrl: string, token: string, clientId: string, reason: string): Promise<ClientRecord> {
  return callRoute(apiUrl, WEB_ROUTES.clearUrgent, { token, params: { clientId }, body: { reason } });
}

export function getClientHistory(
  apiUrl: string,
  token: string,
  clientId: string,
  cursor?: string,
): Promise<ClientHistory> {
  return callRoute(apiUrl, WEB_ROUTES.getClientHistory, {
    token,
    params: { clientId },
    query: { limit: 20, ...(cursor ? { cursor } : {}) },
  });
}
