import { type Peer, PeerAvailabilityRequest } from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/api-error.js';
import { type OwnAvailabilityApi, useOwnAvailability } from '../src/composables/useOwnAvailability.js';
import { peer } from './matching-fixtures.js';

type Sent = { peerId: string; version: number; body: PeerAvailabilityRequest };

/** An API holding one peer record; `refuse` answers the next save with an error instead. */
function fakeApi(record: Peer | undefined) {
  let current = record;
  const sent: Sent[] = [];
  const refusals: unknown[] = [];
  const api: OwnAvailabilityApi = {
    ownPeer: async () => current,
    setAvailability: async (peerId, version, body) => {
      sent.push({ peerId, version, body });
      const refusal = refusals.shift();
      if (refusal) throw refusal;
      if (!current) throw new Error('no record');
      current = { ...current, ...body, version: current.version + 1 };
      return current;
    },
  };
  return {
    api,
    sent,
    refuseNext: (error: unknown) => refusals.push(error),
    changeElsewhere: (change: Partial<Peer>) => {
      if (current) current = { ...current, ...change, version: current.version + 1 };
    },
  };
}

const problem = (status: number, extra: object = {}) =>
  new ApiError(status, { type: 'about:blank', title: 'Refused', status, ...extra });

describe('a peer editing their own availability', () => {
  it('loads their record and saves only the windows and time off, at the version read', async () => {
    // Prepare
    const fake = fakeApi(peer(1, { version: 3 }));
    const own = useOwnAvailability(fake.api);
    await own.load();

    // Act
    own.draft.value?.availability.push({ day: 'wed', start: '18:00', end: '21:00' });
    own.draft.value?.timeOff.push({ date: '2026-12-24', start: '', end: '', reason: '' });
    const saved = await own.save();

    // Assess
    expect(own.state.value).toBe('ready');
    expect(saved).toBe(true);
    expect(own.outcome.value).toBe('saved');
    expect(fake.sent).toEqual([
      {
        peerId: peer(1).peerId,
        version: 3,
        body: {
          availability: [
            { day: 'tue', start: '17:00', end: '21:00' },
            { day: 'wed', start: '18:00', end: '21:00' },
          ],
          timeOff: [{ date: '2026-12-24' }],
        },
      },
    ]);
    expect(PeerAvailabilityRequest.safeParse(fake.sent[0]?.body).success).toBe(true);
    expect(own.peer.value?.version).toBe(4);
  });

  it('says plainly when no peer record is linked to the sign-in', async () => {
    const own = useOwnAvailability(fakeApi(undefined).api);

    await own.load();

    expect(own.state.value).toBe('noRecord');
    await expect(own.save()).resolves.toBe(false);
  });

  it('refuses a window ending before it starts without calling the API, marking the row', async () => {
    // Prepare
    const fake = fakeApi(peer(1));
    const own = useOwnAvailability(fake.api);
    await own.load();

    // Act
    own.draft.value?.availability.push({ day: 'wed', start: '21:00', end: '18:00' });
    const saved = await own.save();

    // Assess
    expect(saved).toBe(false);
    expect(fake.sent).toEqual([]);
    expect(Object.keys(own.errors.value).some((path) => path.startsWith('availability.1'))).toBe(true);
  });

  it('keeps the edits on a 412 and saves them at the newer version when asked again', async () => {
    // Prepare: a coordinator saves the record after the peer opened the page
    const fake = fakeApi(peer(1, { version: 2 }));
    const own = useOwnAvailability(fake.api);
    await own.load();
    fake.changeElsewhere({ timeOff: [{ date: '2026-12-31' }] });
    fake.refuseNext(problem(412));
    own.draft.value?.availability.push({ day: 'sat', start: '10:00', end: '12:00' });

    // Act
    const first = await own.save();
    const stale = own.outcome.value;
    const kept = own.draft.value?.availability.length;
    const second = await own.save();

    // Assess
    expect([first, stale, kept]).toEqual([false, 'stale', 2]);
    expect(second).toBe(true);
    expect(fake.sent.map((sent) => sent.version)).toEqual([2, 3]);
    expect(fake.sent[1]?.body.availability).toContainEqual({ day: 'sat', start: '10:00', end: '12:00' });
  });

  it("shows the API's field errors at their paths, and a refusal naming no field in its own words", async () => {
    // Prepare
    const fake = fakeApi(peer(1));
    const own = useOwnAvailability(fake.api);
    await own.load();
    fake.refuseNext(problem(422, { errors: [{ path: 'timeOff.0.end', message: 'End after start' }] }));
    fake.refuseNext(problem(409, { detail: 'A session is booked then.' }));
    own.draft.value?.timeOff.push({ date: '2026-12-24', start: '10:00', end: '12:00', reason: '' });

    // Act
    await own.save();
    const fieldErrors = own.errors.value;
    await own.save();

    // Assess
    expect(fieldErrors).toEqual({ 'timeOff.0.end': 'End after start' });
    expect(own.outcome.value).toBe('refused');
    expect(own.refusal.value).toBe('A session is booked then.');
    expect(own.draft.value?.timeOff).toHaveLength(1);
  });
});
