import { cursorCodec, documentClient } from '@lantern/runtime';
import { notificationsTable } from '../tables.js';
import { createNotificationsStore } from './notifications-store.js';

/** What handlers use in Lambda: the real client, the table the manifest granted, the link key ring. */
export const table = notificationsTable();
export const notificationsStore = createNotificationsStore({
  documents: documentClient(),
  table,
  cursors: cursorCodec(),
});
