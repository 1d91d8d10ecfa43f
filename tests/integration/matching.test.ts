import type { ClientProfile, ClientRecord, Peer, PeerProfile } from '@lantern/contracts';
import { matchWaitlist } from '@lantern/matching-engine';
import { describe, expect, it } from 'vitest';
import { busEvents, call, eventually, tokenFor } from './support/api.js';
import { createPeer, inBatches, roster, suggestionsOf, waitingClient } from './support/matching.js';

const rankOf = (suggestions: { items: { peerId: string }[] }, peerId: string) =>
  suggestions.items.findIndex((item) => item.peerId === peerId);

describe('matching on the local cloud, over HTTP', () => {
  it('ranks the perinatal-experience, same-language peer above a closer-zone peer without it', async () => {
    // Prepare: the client is in Toronto; the perinatal peer is three hours away, the other next door.
    const shared = { languages: ['en'], modalities: ['video' as const], specialties: [], capacity: 4 };
    const perinatal = await createPeer({
      ...shared,
      displayName: 'Perinatal P.',
      timeZone: 'America/Vancouver',
      livedExperience: ['pregnancy_birth'],
      availability: [{ day: 'tue', start: '14:00', end: '19:00' }],
    });
    const closer = await createPeer({
      ...shared,
      displayName: 'Closer C.',
      timeZone: 'America/Toronto',
      livedExperience: ['mental_health'],
      availability: [{ day: 'tue', start: '17:00', end: '22:00' }],
    });

    // Act
    const clientId = await waitingClient({ supportAreas: ['pregnancy_birth'], peerPreferences: [] });
    const suggestions = await suggestionsOf(clientId);

    // Assess
    expect(rankOf(suggestions, perinatal.peerId)).toBeGreaterThanOrEqual(0);
    expect(rankOf(suggestions, closer.peerId)).toBeGreaterThan(rankOf(suggestions, perinatal.peerId));
  });

  it('never offers an English-only peer to a client who requires French', async () => {
    const englishOnly = await createPeer({ displayName: 'English E.', languages: ['en'] });
    const clientId = await waitingClient({
      locale: 'fr',
      languages: ['fr'],
      peerPreferences: [{ attribute: 'language', value: 'fr', strength: 'required' }],
    });

    const suggestions = await suggestionsOf(clientId);
    const languagesOf = new Map((await roster()).map((peer) => [peer.peerId, peer.languages]));

    expect(suggestions.items.length).toBeGreaterThan(0);
    expect(suggestions.items.every((item) => languagesOf.get(item.peerId)?.includes('fr'))).toBe(true);
    expect(suggestions.excluded.map((peer) => peer.peerId)).toContain(englishOnly.peerId);
  });

  it('gives a peer’s last place to exactly one of 20 concurrent confirmations, and only that peer reads the client', async () => {
    // Prepare: Alex (the seeded peer@example.org) with exactly one place left, 20 clients waiting.
    const coordinator = await tokenFor('coordinator@example.org');
    const asAlex = await tokenFor('peer@example.org');
    const alex = (await call<{ items: Peer[] }>('GET', '/peers', { token: asAlex })).body.items[0] as Peer;
    const { peerId, caseload, version, createdAt: _c, updatedAt: _u, ...profile } = alex;
    const resized = await call('PUT', `/peers/${peerId}`, {
      body: { ...profile, capacity: caseload + 1 },
      headers: { 'if-match': `"${version}"` },
      token: coordinator,
    });
    expect(resized.status).toBe(200);
    const clients = await inBatches(
      Array.from({ length: 20 }, (_, n) => n),
      10,
      () => waitingClient(),
    );

    // Act
    const answers = await Promise.all(
      clients.map((clientId) => call('POST', '/matches', { body: { clientId, peerId }, token: coordinator })),
    );

    // Assess: one winner, nineteen plain refusals, nothing over capacity.
    const winners = answers.flatMap((answer, n) => (answer.status === 201 ? [{ match: answer.body, n }] : []));
    expect(winners).toHaveLength(1);
    const refused = answers.filter((answer) => answer.status === 409);
    expect(refused).toHaveLength(19);
    expect(refused.every((answer) => /^Alex has just reached capacity/.test(answer.body.detail))).toBe(true);
    const after = await call<Peer>('GET', `/peers/${peerId}`, { token: coordinator });
    expect(after.body.caseload).toBe(caseload + 1);
    const [{ match, n }] = winners as [{ match: { matchId: string; clientId: string }; n: number }];
    const loser = clients[(n + 1) % clients.length] as string;
    const loserSuggestions = await suggestionsOf(loser);
    const alexExcluded = loserSuggestions.excluded.find((peer) => peer.peerId === peerId);
    expect(alexExcluded?.because.join('; ')).toMatch(/at capacity/);

    // The event on the bus, the client matched, and the relationship: Alex reads this client, no other.
    await eventually(
      async () =>
        (await busEvents()).some(
          (event) => event['detail-type'] === 'MatchConfirmed' && event.detail.data.matchId === match.matchId,
        ),
      { timeoutMs: 15_000, what: 'MatchConfirmed on the bus' },
    );
    await eventually(
      async () => (await call('GET', `/clients/${match.clientId}`, { token: coordinator })).body.status === 'matched',
      { timeoutMs: 15_000, what: 'the client to be matched' },
    );
    expect((await call('GET', `/clients/${match.clientId}`, { token: asAlex })).status).toBe(200);
    expect((await call('GET', `/clients/${loser}`, { token: asAlex })).status).toBe(403);
    const otherRoutes = [
      call('GET', '/clients', { token: asAlex }),
      call('GET', `/clients/${match.clientId}/history`, { token: asAlex }),
      call('PATCH', `/clients/${match.clientId}`, { body: { status: 'active', reason: 'x' }, token: asAlex }),
      call('GET', `/clients/${match.clientId}/suggestions`, { token: asAlex }),
      call('GET', `/clients/${loser}/suggestions`, { token: asAlex }),
    ];
    expect((await Promise.all(otherRoutes)).map((answer) => answer.status)).toEqual([403, 403, 403, 403, 403]);
  }, 180_000);

  it('proposes the engine’s optimum for a waitlist of 200, applies it cleanly, and applies nothing the second time', async () => {
    // Prepare: 50 peers with 4 places each, 200 clients with varied needs.
    const coordinator = await tokenFor('coordinator@example.org');
    const zones = ['America/Toronto', 'America/Vancouver', 'Europe/London'];
    await inBatches(
      Array.from({ length: 50 }, (_, n) => n),
      10,
      (n) =>
        createPeer({
          displayName: `Batch${n} B.`,
          timeZone: zones[n % 3] as string,
          languages: n % 4 === 0 ? ['fr', 'en'] : ['en'],
          livedExperience: n % 2 === 0 ? ['parenting', 'pregnancy_birth'] : ['mental_health', 'substance_use'],
          availability: [
            { day: 'tue', start: '12:00', end: '22:00' },
            { day: 'sat', start: '09:00', end: '17:00' },
          ],
          capacity: 4,
        }),
    );
    const areas = [['parenting'], ['pregnancy_birth'], ['mental_health'], ['substance_use']] as const;
    await inBatches(
      Array.from({ length: 200 }, (_, n) => n),
      10,
      (n) =>
        waitingClient({
          supportAreas: [
            ...(areas[n % 4] as readonly ('parenting' | 'pregnancy_birth' | 'mental_health' | 'substance_use')[]),
          ],
          languages: n % 10 === 0 ? ['fr'] : ['en'],
          peerPreferences: [],
          availability: [{ day: n % 2 === 0 ? 'tue' : 'sat', start: '10:00', end: '20:00' }],
        }),
    );

    // Act
    const run = await call('POST', '/matching/runs', { token: coordinator });

    // Assess: the same optimum as the engine on the same inputs, read back over HTTP.
    expect(run.status).toBe(201);
    const clientIds = [...run.body.assignments, ...run.body.unassigned].map(
      (entry: { clientId: string }) => entry.clientId,
    );
    expect(clientIds.length).toBeGreaterThanOrEqual(200);
    const profiles = await inBatches(clientIds, 20, async (clientId) => {
      const record = (await call<ClientRecord>('GET', `/clients/${clientId}`, { token: coordinator })).body;
      return profileOf(record);
    });
    const optimum = matchWaitlist(profiles, (await roster()).map(peerProfileOf), { now: new Date(run.body.createdAt) });
    expect(run.body.objective).toEqual({
      urgentServed: optimum.objective.urgentMatched,
      served: optimum.objective.matched,
      totalScore: optimum.objective.totalScore,
    });

    // 200 with the outcome, or, on a machine too slow for one request, 202 and the run to follow.
    const first = await call('POST', `/matching/runs/${run.body.runId}/apply`, { token: coordinator });
    expect([200, 202], JSON.stringify(first.body)).toContain(first.status);
    const outcome =
      first.status === 200
        ? first.body
        : await eventually(
            async () => {
              const read = await call('GET', `/matching/runs/${run.body.runId}`, { token: coordinator });
              return read.body.status === 'applied' ? read.body.result : undefined;
            },
            { timeoutMs: 300_000, intervalMs: 1_000, what: 'the run to be applied in the background' },
          );
    const second = await call('POST', `/matching/runs/${run.body.runId}/apply`, { token: coordinator });
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.applied).toHaveLength(run.body.assignments.length);
    expect(second.body).toEqual({ applied: [], conflicts: [] });
  }, 600_000);
});

function profileOf(record: ClientRecord): ClientProfile {
  return {
    id: record.clientId,
    timeZone: record.timeZone,
    languages: record.languages,
    modalities: record.modalities,
    availability: record.availability,
    supportAreas: record.supportAreas,
    preferences: record.peerPreferences,
    urgent: record.urgent,
    waitingSince: record.createdAt,
    exclusions: [],
  };
}

function peerProfileOf(peer: Peer): PeerProfile {
  return {
    id: peer.peerId,
    timeZone: peer.timeZone,
    languages: peer.languages,
    modalities: peer.modalities,
    availability: peer.availability,
    timeOff: peer.timeOff.map(({ reason: _reason, ...off }) => off),
    livedExperience: peer.livedExperience,
    specialties: peer.specialties,
    ...(peer.gender === undefined ? {} : { gender: peer.gender }),
    cultures: peer.cultures,
    capacity: peer.capacity,
    caseload: peer.caseload,
    status: peer.status,
  };
}
