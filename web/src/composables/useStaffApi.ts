import type { ClientStatus, ContactAttemptRequest } from '@lantern/contracts';
import {
  clearUrgent,
  getClient,
  getClientHistory,
  listClients,
  patchClient,
  type QueueFilters,
  recordContactAttempt,
} from '../api/clients.js';
import { matchingApi } from '../api/matching.js';
import { type DeliveryLogFilters, listNotifications } from '../api/notifications.js';
import { schedulingApi } from '../api/scheduling.js';
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
    listNotifications: (filters: DeliveryLogFilters, cursor?: string) =>
      listNotifications(apiUrl, accessToken(), filters, cursor),
    matching: matchingApi(apiUrl, accessToken),
    scheduling: schedulingApi(apiUrl, accessToken),
    history: (clientId: string, cursor?: string) => getClientHistory(apiUrl, accessToken(), clientId, cursor),
    recordAttempt: (clientId: string, attempt: ContactAttemptRequest, idempotencyKey: string) =>
      recordContactAttempt(apiUrl, accessToken(), clientId, attempt, idempotencyKey),
    clearUrgent: (clientId: string, reason: string) => clearUrgent(apiUrl, accessToken(), clientId, reason),
  };
}

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
