import { EXAMPLE_PEER, PeerInput, PeerUpdated } from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import { createPeer, peerUpdatedData, replacePeer, setAvailability } from '../src/domain/peers.js';
import { idOf, NOW } from './fixtures.js';

const LATER = new Date('2027-01-12T08:00:00.000Z');
const input = PeerInput.parse(EXAMPLE_PEER);
const peer = createPeer(input, idOf('pr', 1), NOW);

describe('a new peer', () => {
  it('starts at version 1 with no clients, active unless told otherwise', () => {
    // Act
    const { status: _status, ...withoutStatus } = input;
    const created = createPeer(withoutStatus, idOf('pr', 2), NOW);
    // Assess
    expect(created).toMatchObject({ status: 'active', caseload: 0, version: 1, createdAt: NOW.toISOString() });
  });
});

describe('replacing a peer profile', () => {
  it('changes nothing, not even the version, when the same profile is sent again', () => {
    // Act
    const change = replacePeer(peer, input, 'coordinator', LATER);
    // Assess
    expect(change).toEqual({ kind: 'unchanged', peer });
  });

  it('bumps the version and the update time when something changes', () => {
    // Act
    const change = replacePeer(peer, { ...input, bio: 'Dad of one.' }, 'coordinator', LATER);
    // Assess
    expect(change.kind).toBe('changed');
    expect(change.kind === 'changed' && change.peer).toMatchObject({
      bio: 'Dad of one.',
      version: 2,
      updatedAt: LATER.toISOString(),
      createdAt: NOW.toISOString(),
    });
  });

  it('keeps the status when none is sent', () => {
    // Prepare
    const onLeave = { ...peer, status: 'on_leave' as const };
    const { status: _status, ...withoutStatus } = input;
    // Act
    const change = replacePeer(onLeave, { ...withoutStatus, bio: 'Back soon.' }, 'self', LATER);
    // Assess
    expect(change.kind === 'changed' && change.peer.status).toBe('on_leave');
  });

  it('refuses a peer who changes their own capacity, status or email, and changes nothing', () => {
    // Act
    const change = replacePeer(
      peer,
      { ...input, capacity: 9, status: 'inactive', email: 'other@example.org', bio: 'x' },
      'self',
      LATER,
    );
    // Assess
    expect(change).toEqual({ kind: 'refused', fields: ['capacity', 'status', 'email'] });
  });

  it('lets a peer change the rest of their own profile', () => {
    const change = replacePeer(peer, { ...input, languages: ['fr'], specialties: [] }, 'self', LATER);
    expect(change.kind === 'changed' && change.peer.languages).toEqual(['fr']);
  });

  it('lets a coordinator change capacity and status', () => {
    const change = replacePeer(peer, { ...input, capacity: 6, status: 'on_leave' }, 'coordinator', LATER);
    expect(change.kind === 'changed' && [change.peer.capacity, change.peer.status]).toEqual([6, 'on_leave']);
  });
});

describe('availability', () => {
  it('takes evenings, weekends and time off', () => {
    // Prepare
    const week = {
      availability: [
        { day: 'sat' as const, start: '09:00', end: '12:00' },
        { day: 'thu' as const, start: '19:00', end: '24:00' },
      ],
      timeOff: [{ date: '2027-02-01', start: '17:00', reason: 'family' }],
    };
    // Act
    const change = setAvailability(peer, week, LATER);
    // Assess
    expect(change.kind === 'changed' && change.peer).toMatchObject({
      availability: [week.availability[1], week.availability[0]],
      timeOff: week.timeOff,
      version: 2,
    });
  });

  it('changes nothing when the same week is saved in another order, twice over', () => {
    // Prepare
    const windows = [
      { day: 'tue' as const, start: '17:00', end: '21:00' },
      { day: 'mon' as const, start: '09:00', end: '10:00' },
    ];
    const saved = setAvailability(peer, { availability: windows, timeOff: [] }, LATER);
    if (saved.kind !== 'changed') throw new Error('expected a change');
    // Act
    const again = setAvailability(saved.peer, { availability: [...windows, ...windows].reverse(), timeOff: [] }, LATER);
    // Assess
    expect(again.kind).toBe('unchanged');
  });
});

describe('the PeerUpdated event', () => {
  it('carries what scheduling needs, by first name, without lived experience or time-off reasons', () => {
    // Prepare
    const away = { ...peer, timeOff: [{ date: '2027-02-01', reason: 'hospital appointment' }] };
    // Act
    const data = peerUpdatedData(away);
    // Assess
    expect(PeerUpdated.data.safeParse(data).success).toBe(true);
    expect(data).toMatchObject({ firstName: 'Alex', timeOff: [{ date: '2027-02-01' }], version: 1 });
    expect(JSON.stringify(data)).not.toMatch(/hospital|parenting|pregnancy|birth_planning/);
  });
});
