import { MatchConfirmed, MatchEnded, SUPPORT_AREAS } from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import { decideConfirmation } from '../src/domain/confirm.js';
import { endMatch, matchConfirmedData, matchEndedData } from '../src/domain/matches.js';
import { foldClientUpdated } from '../src/domain/waiting-clients.js';
import { aClient, aMatch, aPeer, idOf, NOW } from './fixtures.js';

const codesOf = (decision: ReturnType<typeof decideConfirmation>) =>
  decision.ok ? [] : decision.refusals.map((r) => r.code);

describe('confirming a match', () => {
  it('is allowed for a waiting client and an active peer with a free place', () => {
    expect(decideConfirmation({ client: aClient(1), peer: aPeer(1), clientMatches: [] })).toEqual({ ok: true });
  });

  it('is refused, saying so plainly, when the peer has just reached capacity', () => {
    // Act
    const decision = decideConfirmation({
      client: aClient(1),
      peer: aPeer(1, { capacity: 4, caseload: 4 }),
      clientMatches: [],
    });
    // Assess
    expect(decision).toEqual({
      ok: false,
      refusals: [{ code: 'peer_at_capacity', detail: 'Peer1 has just reached capacity (4 of 4 clients)' }],
    });
  });

  it('lists every reason it is refused', () => {
    // Prepare
    const active = aMatch(1, 2);
    const endedByClient = aMatch(1, 1, { status: 'ended', endedBy: 'client' });
    const peer = aPeer(1, { status: 'on_leave', capacity: 1, caseload: 1 });
    // Act
    const decision = decideConfirmation({ client: aClient(1), peer, clientMatches: [active, endedByClient] });
    // Assess
    expect(codesOf(decision)).toEqual([
      'client_has_active_match',
      'client_ended_match_with_peer',
      'peer_not_active',
      'peer_at_capacity',
    ]);
  });

  it('is refused for a client matching has not heard of, or whose record is closed', () => {
    // Prepare
    const closed = foldClientUpdated(
      aClient(1),
      { clientId: idOf('cl', 1), changes: { status: 'closed' }, updatedAt: '2027-01-02T00:00:00.000Z' },
      { eventId: 'ev_close' },
    );
    // Act
    const unknown = decideConfirmation({ client: undefined, peer: aPeer(1), clientMatches: [] });
    const whenClosed = decideConfirmation({
      client: closed.changed ? closed.client : undefined,
      peer: aPeer(1),
      clientMatches: [],
    });
    // Assess
    expect([codesOf(unknown), codesOf(whenClosed)]).toEqual([['client_unknown'], ['client_closed']]);
  });

  it('is allowed again once a coordinator ended the earlier match', () => {
    const ended = aMatch(1, 1, { status: 'ended', endedBy: 'coordinator' });
    expect(decideConfirmation({ client: aClient(1), peer: aPeer(1), clientMatches: [ended] }).ok).toBe(true);
  });
});

describe('the MatchConfirmed event', () => {
  it('carries first names, zones, locale and consented channels, and nothing clinical', () => {
    // Prepare
    const client = aClient(1, { supportAreas: ['substance_use'], urgent: true, contactChannels: ['email'] });
    const peer = aPeer(1, { modalities: ['video', 'phone'], timeOff: [{ date: '2027-02-01', reason: 'surgery' }] });
    // Act
    const data = matchConfirmedData(aMatch(1, 1), client, peer);
    // Assess
    expect(MatchConfirmed.data.safeParse(data).success).toBe(true);
    expect(data.client).toMatchObject({ firstName: 'Sam1', locale: 'en', email: 'client1@example.net' });
    expect(data.client.phone).toBeUndefined(); // the client did not choose phone or text
    expect(data.peer).toMatchObject({ firstName: 'Peer1', email: 'peer1@example.org' });
    expect(data.modalities).toEqual(['video']);
    const text = JSON.stringify(data);
    for (const area of SUPPORT_AREAS) expect(text).not.toContain(area);
    expect(text).not.toMatch(/urgent|surgery|Lee/);
  });
});

describe('ending a match', () => {
  it('records who ended it and why, and announces only who and when', () => {
    // Act
    const outcome = endMatch(aMatch(1, 1), { reason: 'moving away', endedBy: 'client' }, NOW);
    // Assess
    expect(outcome.changed && outcome.match).toMatchObject({
      status: 'ended',
      endedBy: 'client',
      endReason: 'moving away',
      version: 2,
    });
    const data = matchEndedData(outcome.match);
    expect(MatchEnded.data.safeParse(data).success).toBe(true);
    expect(JSON.stringify(data)).not.toContain('moving away');
  });

  it('changes nothing when the match has already ended', () => {
    const ended = endMatch(aMatch(1, 1), { reason: 'done', endedBy: 'peer' }, NOW).match;
    expect(endMatch(ended, { reason: 'again', endedBy: 'client' }, NOW)).toEqual({ changed: false, match: ended });
  });
});
