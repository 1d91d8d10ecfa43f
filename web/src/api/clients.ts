import type { ClientList, ClientRecord, ClientStatus, PatchClientRequest } from '@lantern/contracts';
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
