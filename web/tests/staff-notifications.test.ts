import { NOTIFICATION_STATUSES, NOTIFICATION_TEMPLATES, type NotificationLog } from '@lantern/contracts';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { DeliveryLogFilters } from '../src/api/notifications.js';
import StaffNotificationsTable from '../src/components/staff/StaffNotificationsTable.vue';
import { logFiltersFromQuery, useDeliveryLog } from '../src/composables/useDeliveryLog.js';
import { createLanternI18n } from '../src/i18n/index.js';

const entry = (n: number, status: 'sent' | 'skipped' = 'sent') => ({
  notificationId: `nt_${n}`,
  template: 'session-reminder-client' as const,
  channel: 'email' as const,
  recipient: 's••@e••••••.net',
  status,
  ...(status === 'skipped' ? { reason: 'recipient unsubscribed' } : {}),
  createdAt: '2027-03-01T12:00:00Z',
});

describe('useDeliveryLog', () => {
  it('pages on with the cursor and starts again when the filters change', async () => {
    // Prepare
    const calls: [DeliveryLogFilters, string | undefined][] = [];
    const pages: Record<string, NotificationLog> = {
      first: { items: [entry(1), entry(2)], nextCursor: 'c1' },
      c1: { items: [entry(3)], nextCursor: null },
    };
    const log = useDeliveryLog(async (filters, cursor) => {
      calls.push([filters, cursor]);
      return pages[cursor ?? 'first'] as NotificationLog;
    });
    // Act
    await log.applyFilters({ status: 'sent' });
    await log.loadMore();
    const afterPaging = log.items.value.map((item) => item.notificationId);
    await log.applyFilters({ template: 'session-reminder-client' });
    // Assess
    expect(afterPaging).toEqual(['nt_1', 'nt_2', 'nt_3']);
    expect(calls).toEqual([
      [{ status: 'sent' }, undefined],
      [{ status: 'sent' }, 'c1'],
      [{ template: 'session-reminder-client' }, undefined],
    ]);
    expect(log.nextCursor.value).toBe('c1');
  });

  it('keeps the newest filters’ answer when an older one arrives last', async () => {
    // Prepare
    const resolvers: ((page: NotificationLog) => void)[] = [];
    const log = useDeliveryLog(() => new Promise((resolve) => resolvers.push(resolve)));
    // Act
    const older = log.applyFilters({ status: 'failed' });
    const newer = log.applyFilters({ status: 'sent' });
    resolvers[1]?.({ items: [entry(2)], nextCursor: null });
    resolvers[0]?.({ items: [entry(1)], nextCursor: 'stale' });
    await Promise.all([older, newer]);
    // Assess
    expect(log.items.value.map((item) => item.notificationId)).toEqual(['nt_2']);
    expect(log.nextCursor.value).toBeNull();
  });

  it('reads only known filters from the address bar', () => {
    expect(logFiltersFromQuery({ status: 'skipped', template: 'match-confirmed-peer' })).toEqual({
      status: 'skipped',
      template: 'match-confirmed-peer',
    });
    expect(logFiltersFromQuery({ status: 'lost', template: ['x'] })).toEqual({});
  });
});

describe('the delivery log table', () => {
  it('shows the masked recipient, the status and why, in both languages, never a message body', () => {
    for (const locale of ['en', 'fr'] as const) {
      // Act
      const wrapper = mount(StaffNotificationsTable, {
        props: { items: [entry(1), entry(2, 'skipped')] },
        global: { plugins: [createLanternI18n(locale)] },
      });
      // Assess
      const rows = wrapper.findAll('tbody tr');
      expect(rows).toHaveLength(2);
      expect(rows[1]?.text()).toContain('s••@e••••••.net');
      expect(rows[1]?.text()).toContain('recipient unsubscribed');
      expect(wrapper.text()).not.toContain('staff.notifications');
    }
  });

  it('has a label for every status and template in both languages', () => {
    for (const locale of ['en', 'fr'] as const) {
      const { te } = createLanternI18n(locale).global;
      for (const status of NOTIFICATION_STATUSES) expect(te(`staff.notifications.statuses.${status}`)).toBe(true);
      for (const template of NOTIFICATION_TEMPLATES) expect(te(`staff.notifications.templates.${template}`)).toBe(true);
    }
  });
});
