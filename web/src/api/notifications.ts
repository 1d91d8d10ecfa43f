import type { NotificationLog, NotificationStatus, NotificationTemplate } from '@lantern/contracts';
import { callRoute } from './call-route.js';
import { WEB_ROUTES } from './routes.js';

export interface DeliveryLogFilters {
  status?: NotificationStatus;
  template?: NotificationTemplate;
}

export function listNotifications(
  apiUrl: string,
  token: string,
  filters: DeliveryLogFilters,
  cursor?: string,
  limit = 25,
): Promise<NotificationLog> {
  const query = { limit, ...filters, ...(cursor ? { cursor } : {}) };
  return callRoute(apiUrl, WEB_ROUTES.listNotifications, { token, query });
}
