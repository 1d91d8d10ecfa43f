import { startTestTables, type TestTables } from '@lantern/local-cloud/testing';
import { cursorCodec, documentClient, parseKeyRing } from '@lantern/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressKey } from '../src/domain/recipient.js';
import {
  createNotificationsStore,
  NotificationInFlightError,
  type NotificationsStore,
} from '../src/store/notifications-store.js';
import { notificationsTable, notificationsTables } from '../src/tables.js';

const ring = parseKeyRing(JSON.stringify({ current: { id: 't', secret: Buffer.alloc(32, 7).toString('base64') } }));
let db: TestTables;
let store: NotificationsStore;
let counter = 0;
const eventId = () => `ev_store_${Date.now()}_${++counter}`;
const claim = (input: {
  eventId: string;
  recipient: string;
  channel: 'email' | 'text';
  now?: Date;
  template?: string;
}) => store.claimNotification({ template: 'session-booked-client', now: new Date(), ...input });

beforeAll(async () => {
  db = await startTestTables(notificationsTables);
  store = createNotificationsStore({
    documents: documentClient(db.client),
    table: notificationsTable(db.names.main),
    cursors: cursorCodec(() => ring),
  });
}, 90_000);
afterAll(() => db?.stop());

describe('the notifications store on DynamoDB Local', () => {
  it('claims one record per event, recipient and channel, and none again once sent', async () => {
    // Prepare
    const id = eventId();
    // Act
    const email = await claim({ eventId: id, recipient: 'sam@example.net', channel: 'email' });
    const text = await claim({ eventId: id, recipient: '+15555550123', channel: 'text' });
    await store.markNotification(email!, { status: 'sent', messageId: 'm1' });
    await store.markNotification(text!, { status: 'sent', messageId: 'm2' });
    const again = await claim({ eventId: id, recipient: ' SAM@example.net ', channel: 'email' });
    // Assess
    expect(email).not.toBeNull();
    expect(text).not.toBeNull();
    expect(again).toBeNull();
  });

  it('lets a failed send be claimed again, but not one in flight until its lease ends', async () => {
    // Prepare
    const failedId = eventId();
    const inFlightId = eventId();
    const failed = await claim({ eventId: failedId, recipient: 'a@example.net', channel: 'email' });
    await store.markNotification(failed!, { status: 'failed', reason: 'InternalFailure' });
    await claim({ eventId: inFlightId, recipient: 'a@example.net', channel: 'email' });
    // Act / Assess
    expect(await claim({ eventId: failedId, recipient: 'a@example.net', channel: 'email' })).not.toBeNull();
    await expect(claim({ eventId: inFlightId, recipient: 'a@example.net', channel: 'email' })).rejects.toThrow(
      NotificationInFlightError,
    );
    const later = new Date(Date.now() + 60_000);
    expect(
      await claim({ eventId: inFlightId, recipient: 'a@example.net', channel: 'email', now: later }),
    ).not.toBeNull();
  });

  it('remembers a suppression (first reason kept) and an unsubscribe, per address', async () => {
    // Prepare
    const address = `bounce-${Date.now()}@example.net`;
    // Act
    const before = await store.addressState(address);
    await store.suppress(address, 'bounce');
    await store.suppress(address, 'complaint');
    await store.unsubscribe(addressKey(address));
    await store.unsubscribe(addressKey(address));
    // Assess
    expect(before).toEqual({ unsubscribed: false });
    expect(await store.addressState(address.toUpperCase())).toEqual({ suppressed: 'bounce', unsubscribed: true });
    expect(await store.addressState(`other-${address}`)).toEqual({ unsubscribed: false });
  });

  it('lists the log newest first, by status and template, masked, across every page', async () => {
    // Prepare
    const base = Date.parse('2030-01-01T00:00:00Z');
    const template = 'session-reminder-peer';
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = eventId();
      ids.push(id);
      const key = await claim({
        eventId: id,
        recipient: `peer${i}@example.org`,
        channel: 'email',
        template,
        now: new Date(base + i * 1000),
      });
      if (i % 2 === 0) await store.markNotification(key!, { status: 'skipped', reason: 'recipient unsubscribed' });
      else await store.markNotification(key!, { status: 'sent', messageId: `m${i}` });
    }
    // Act
    const seen: { status: string; recipient: string; reason?: string; createdAt: string }[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listNotifications({
        status: 'skipped',
        template,
        limit: 2,
        ...(cursor ? { cursor } : {}),
      });
      if (page === 'badCursor') throw new Error('bad cursor');
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    // Assess
    const mine = seen.filter((item) => Date.parse(item.createdAt) >= base);
    expect(mine.map((item) => item.createdAt)).toEqual([4, 2, 0].map((i) => new Date(base + i * 1000).toISOString()));
    expect(mine.every((item) => item.status === 'skipped' && item.reason === 'recipient unsubscribed')).toBe(true);
    expect(mine[0]?.recipient).toBe('p••••@e••••••.org');
    expect(JSON.stringify(seen)).not.toContain('@example.org"');
  });

  it('refuses a cursor from another listing', async () => {
    // Prepare
    const page = await store.listNotifications({ limit: 1 });
    if (page === 'badCursor' || !page.nextCursor) throw new Error('expected a second page');
    // Act / Assess
    expect(await store.listNotifications({ status: 'sent', limit: 1, cursor: page.nextCursor })).toBe('badCursor');
  });
});
