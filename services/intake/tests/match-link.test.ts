import { type ClientStatus, EXAMPLE_INTAKE, IntakeRequest } from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import { newClientRecord } from '../src/domain/client.js';
import { followMatchConfirmed, followMatchEnded } from '../src/domain/match-link.js';

const now = new Date('2026-12-07T10:00:00.000Z');
const record = (status: ClientStatus) => ({
  ...newClientRecord(IntakeRequest.parse(EXAMPLE_INTAKE), 'cl_1', now),
  status,
});
const confirmed = (matchId: string) => ({
  matchId,
  clientId: 'cl_1',
  peerId: 'pr_1',
  confirmedAt: now.toISOString(),
  modalities: [],
  client: {
    firstName: 'Sam',
    timeZone: 'America/Toronto',
    locale: 'en' as const,
    availability: [],
    contactChannels: [],
  },
  peer: {
    firstName: 'Alex',
    email: 'Alex@Example.org',
    bio: '',
    timeZone: 'America/Toronto',
    availability: [],
    timeOff: [],
  },
});
const ended = (matchId: string) => ({
  matchId,
  clientId: 'cl_1',
  peerId: 'pr_1',
  endedBy: 'client' as const,
  at: now.toISOString(),
});

describe("intake following matching's events", () => {
  it.each(['new', 'in_review', 'waitlisted'] as const)('matches a %s client and links the peer by email', (status) => {
    // Act
    const change = followMatchConfirmed(record(status), undefined, confirmed('ma_1'), now);

    // Assess
    if (!change.changed) throw new Error('a confirmed match changes the record');
    expect(change.record.status).toBe('matched');
    expect(change.record.version).toBe(2);
    expect(change.record.statusHistory.at(-1)).toMatchObject({ status: 'matched', by: 'matching' });
    expect(change.link).toEqual({ matchId: 'ma_1', peerEmail: 'alex@example.org' });
  });

  it('changes nothing when the same confirmation arrives twice, and keeps a closed record closed', () => {
    const first = followMatchConfirmed(record('new'), undefined, confirmed('ma_1'), now);
    if (!first.changed) throw new Error('changed');

    const again = followMatchConfirmed(first.record, first.link, confirmed('ma_1'), now);
    const closed = followMatchConfirmed(record('closed'), undefined, confirmed('ma_2'), now);

    expect(again.changed).toBe(false);
    expect(closed.changed && closed.record.status).toBe('closed');
    expect(closed.changed && closed.link?.matchId).toBe('ma_2');
  });

  it('puts the client back on the waitlist and unlinks the peer when that match ends, not when another does', () => {
    const link = { matchId: 'ma_1', peerEmail: 'alex@example.org' };

    const other = followMatchEnded(record('matched'), link, ended('ma_9'), now);
    const own = followMatchEnded(record('matched'), link, ended('ma_1'), now);

    expect(other.changed).toBe(false);
    if (!own.changed) throw new Error('the linked match ended');
    expect(own.record.status).toBe('waitlisted');
    expect(own.link).toBeUndefined();
  });
});
