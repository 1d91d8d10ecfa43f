import type { ClientStatus } from '@lantern/contracts';
import { getClient, listClients, patchClient, type QueueFilters } from '../api/clients.js';
import { matchingApi } from '../api/matching.js';
import { accessToken } from '../auth/session.js';
import { runtimeConfig } from '../config/runtime-config.js';

/** The staff area's API calls, with the signed-in person's token. */
export function useStaffApi() {
  const apiUrl = runtimeConfig().apiUrl;
  return {
    listClients: (filters: QueueFilters, cursor?: string, limit?: number) =>
      listClients(apiUrl, accessToken(), filters, cursor, limit),
    getClient: (clientId: string) => getClient(apiUrl, accessToken(), clientId),
    changeStatus: (clientId: string, status: ClientStatus, reason: string) =>
      patchClient(apiUrl, accessToken(), clientId, { status, reason }),
    matching: matchingApi(apiUrl, accessToken),
  };
}

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
