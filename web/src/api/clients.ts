import { ClientList, ClientRecord, type ClientStatus, type PatchClientRequest } from '@lantern/contracts';
import { apiRequest } from './http.js';

export interface QueueFilters {
  status?: ClientStatus;
  urgent?: boolean;
}

export async function listClients(
  apiUrl: string,
  token: string,
  filters: QueueFilters,
  cursor?: string,
  limit = 25,
): Promise<ClientList> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (filters.status) query.set('status', filters.status);
  if (filters.urgent !== undefined) query.set('urgent', String(filters.urgent));
  if (cursor) query.set('cursor', cursor);
  return ClientList.parse(await apiRequest(apiUrl, `/clients?${query}`, { token }));
}

export async function getClient(apiUrl: string, token: string, clientId: string): Promise<ClientRecord> {
  return ClientRecord.parse(await apiRequest(apiUrl, `/clients/${encodeURIComponent(clientId)}`, { token }));
}

export async function patchClient(
  apiUrl: string,
  token: string,
  clientId: string,
  change: PatchClientRequest,
): Promise<void> {
  // The caller reads the record again: the answer's shape is not part of the contract.
  await apiRequest(apiUrl, `/clients/${encodeURIComponent(clientId)}`, { method: 'PATCH', token, body: change });
}
