import { httpHandler, ValidationProblem } from '@lantern/runtime';
import { listNotificationsRoute } from '../routes/list-notifications.js';
import { notificationsStore } from '../store/default-store.js';

/** GET /notifications (coordinator): the delivery log, masked recipients, never bodies. */
export const handler = httpHandler(listNotificationsRoute, async ({ query }) => {
  const page = await notificationsStore.listNotifications(query);
  if (page === 'badCursor') {
    throw new ValidationProblem([{ path: 'query.cursor', message: 'This cursor does not belong to this listing' }]);
  }
  return { status: 200, body: page };
});
