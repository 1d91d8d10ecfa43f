import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldClientUpdated,
  foldIntakeSubmitted,
  isWaiting,
  type WaitingClient,
} from '../src/domain/waiting-clients.js';
import { idOf, intakeOf } from './fixtures.js';

const CLIENT = idOf('cl', 1);
type Event =
  | { kind: 'intake'; eventId: string; data: ReturnType<typeof intakeOf> }
  | { kind: 'update'; eventId: string; data: Parameters<typeof foldClientUpdated>[1] };

function fold(events: readonly Event[]): WaitingClient | undefined {
  let client: WaitingClient | undefined;
  for (const event of events) {
    const change =
      event.kind === 'intake'
        ? foldIntakeSubmitted(client, event.data, { eventId: event.eventId })
        : foldClientUpdated(client, event.data, { eventId: event.eventId });
    if (change.changed) client = change.client;
  }
  return client;
}

const intake: Event = {
  kind: 'intake',
  eventId: 'ev_1',
  data: intakeOf(1, { submittedAt: '2026-12-01T12:00:00.000Z' }),
};
const update = (eventId: string, updatedAt: string, changes: Record<string, unknown>): Event => ({
  kind: 'update',
  eventId,
  data: { clientId: CLIENT, changes, updatedAt },
});

describe('the waiting-client projection', () => {
  it('is waiting as soon as the intake arrives', () => {
    // Act
    const client = fold([intake]);
    // Assess
    expect(client?.status?.value).toBe('new');
    expect(client && isWaiting(client)).toBe(true);
  });

  it('keeps a newer status when the intake arrives after it', () => {
    // Prepare
    const waitlisted = update('ev_2', '2026-12-02T09:00:00.000Z', { status: 'waitlisted' });
    // Act
    const client = fold([waitlisted, intake]);
    // Assess
    expect(client?.status?.value).toBe('waitlisted');
    expect(client?.intake?.preferredName).toBe('Sam1 Lee');
  });

  it('never lets a stale update undo a newer one', () => {
    // Prepare
    const matched = update('ev_3', '2026-12-03T09:00:00.000Z', { status: 'matched' });
    const stale = update('ev_2', '2026-12-02T09:00:00.000Z', { status: 'waitlisted', email: 'new@example.net' });
    // Act
    const client = fold([intake, matched, stale]);
    // Assess
    expect(client?.status?.value).toBe('matched');
    expect(client?.email?.value).toBe('new@example.net');
    expect(client && isWaiting(client)).toBe(false);
  });

  it('reports no change for an event it has already folded', () => {
    // Prepare
    const client = fold([intake]);
    // Act
    const again = foldIntakeSubmitted(client, intake.data as never, { eventId: intake.eventId });
    // Assess
    expect(again).toEqual({ changed: false });
  });

  it('is not waiting while only an update has arrived', () => {
    const client = fold([update('ev_2', '2026-12-02T09:00:00.000Z', { status: 'waitlisted' })]);
    expect(client && isWaiting(client)).toBe(false);
  });

  it('gives the same record for the same events in any order, any number of times', () => {
    const updates = fc.array(
      fc.record({
        eventId: fc.constantFrom('ev_a', 'ev_b', 'ev_c', 'ev_d'),
        day: fc.integer({ min: 1, max: 9 }),
        status: fc.option(fc.constantFrom('in_review', 'waitlisted', 'matched', 'closed'), { nil: undefined }),
        email: fc.option(fc.constantFrom('a@example.net', 'b@example.net'), { nil: undefined }),
      }),
      { maxLength: 5 },
    );
    const sortKeys = fc.array(fc.nat(), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(updates, sortKeys, (raw, keys) => {
        // Prepare: distinct events (one per id), then each delivered twice, in a shuffled order
        const byId = new Map(raw.map((u) => [u.eventId, u]));
        const events: Event[] = [
          intake,
          ...[...byId.values()].map((u) =>
            update(u.eventId, `2026-12-0${u.day}T10:00:00.000Z`, {
              ...(u.status ? { status: u.status } : {}),
              ...(u.email ? { email: u.email } : {}),
            }),
          ),
        ];
        const delivered = [...events, ...events]
          .map((event, k) => ({ event, key: keys[k] ?? 0 }))
          .sort((a, b) => a.key - b.key)
          .map(({ event }) => event);
        // Act
        const inOrder = fold(events);
        const shuffled = fold(delivered);
        // Assess
        expect(shuffled).toEqual(inOrder);
      }),
    );
  });
});
