import { answer, defineRoute, ListNotificationsQuery, NotificationLog, problems } from '@lantern/contracts';

export const listNotificationsRoute = defineRoute({
  operationId: 'listNotifications',
  summary: 'The delivery log, newest first: masked recipients, never a message body',
  method: 'GET',
  path: '/notifications',
  auth: ['coordinator'],
  rateClass: 'staff',
  query: ListNotificationsQuery,
  responses: { 200: answer('A page of the log', NotificationLog), ...problems(400, 401, 403) },
});
