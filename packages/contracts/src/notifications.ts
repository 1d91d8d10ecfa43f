import * as z from 'zod/mini';

/** What became of one message to one recipient over one channel. */
export const NOTIFICATION_STATUSES = ['pending', 'sent', 'skipped', 'failed'] as const;
export const NotificationStatus = z.enum(NOTIFICATION_STATUSES);
export type NotificationStatus = z.infer<typeof NotificationStatus>;

export const NotificationChannel = z.enum(['email', 'text']);

/** Every message the notifications service sends (its templates), for the log's filter. */
export const NOTIFICATION_TEMPLATES = [
  'intake-received',
  'intake-attention',
  'match-confirmed-client',
  'match-confirmed-peer',
  'session-booked-client',
  'session-booked-peer',
  'session-rescheduled-client',
  'session-rescheduled-peer',
  'session-cancelled-client',
  'session-cancelled-peer',
  'session-reminder-client',
  'session-reminder-peer',
] as const;
export const NotificationTemplate = z.enum(NOTIFICATION_TEMPLATES);
export type NotificationTemplate = z.infer<typeof NotificationTemplate>;

/** `GET /notifications`: the delivery log, newest first; recipients masked, never a body. */
export const ListNotificationsQuery = z.object({
  status: z.optional(NotificationStatus),
  template: z.optional(NotificationTemplate),
  cursor: z.optional(z.string().check(z.maxLength(2048))),
  limit: z._default(z.coerce.number().check(z.gte(1), z.lte(100), z.multipleOf(1)), 25),
});
export type ListNotificationsQuery = z.infer<typeof ListNotificationsQuery>;

export const NotificationLogEntry = z.object({
  notificationId: z.string(),
  template: NotificationTemplate,
  channel: NotificationChannel,
  /** Masked: `s••@e••••••.org`, `+•••••••0123`. */
  recipient: z.string(),
  status: NotificationStatus,
  /** Why it was skipped or failed, in words safe to show staff (never a condition, never an address). */
  reason: z.optional(z.string()),
  createdAt: z.string(),
});
export type NotificationLogEntry = z.infer<typeof NotificationLogEntry>;

export const NotificationLog = z.object({ items: z.array(NotificationLogEntry), nextCursor: z.nullable(z.string()) });
export type NotificationLog = z.infer<typeof NotificationLog>;

/** `POST /unsubscribe`: the signed token from an email's or a text's unsubscribe link. */
export const UnsubscribeRequest = z.object({ token: z.string().check(z.minLength(1), z.maxLength(4096)) });
export type UnsubscribeRequest = z.infer<typeof UnsubscribeRequest>;
export const UnsubscribeResult = z.object({ unsubscribed: z.literal(true) });

export const EXAMPLE_UNSUBSCRIBE = { token: 'local.eyJwIjoidW5zdWJzY3JpYmUifQ.c2lnbmF0dXJl' };
