import { randomInt } from 'node:crypto';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { buildEvent, type EventData, MatchConfirmed, MatchEnded } from '@lantern/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { busEvents, call, cloudConfig, eventually, intake, tokenFor } from './support/api.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** A ULID-shaped random id, for ids other services would mint (matches, peers, sessions). */
const ulid = () => Array.from({ length: 26 }, () => CROCKFORD[randomInt(32)]).join('');

/** The seeded second peer: a peer, but not this client's. */
async function secondPeerToken(): Promise<string> {
  const response = await call<{ access_token: string }>('POST', '/_local/token', {
    body: { username: 'peer2@example.org' },
  });
  return response.body.access_token;
}

/** Publishes a matching event as the matching service would (it is built in parallel). */
async function publish(event: ReturnType<typeof buildEvent>) {
  const endpoints = (await call<{ eventbridge: string }>('GET', '/_local/endpoints')).body;
  const bus = new EventBridgeClient({
    endpoint: endpoints.eventbridge,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const entry = {
    EventBusName: cloudConfig().LANTERN_EVENT_BUS,
    Source: event.source,
    DetailType: event.detailType,
    Detail: JSON.stringify(event.detail),
  };
  const result = await bus.send(new PutEventsCommand({ Entries: [entry] }));
  expect(result.FailedEntryCount ?? 0).toBe(0);
}

const meta = () => ({ eventId: `ev_${ulid()}`, occurredAt: new Date().toISOString() });

function matchConfirmed(clientId: string, matchId: string, peerEmail: string): EventData<typeof MatchConfirmed> {
  return {
    matchId,
    clientId,
    peerId: `pr_${ulid()}`,
    confirmedAt: new Date().toISOString(),
    modalities: ['video'],
    client: {
      firstName: 'Camille',
      timeZone: 'America/Montreal',
      locale: 'fr',
      availability: [],
      contactChannels: ['email', 'text'],
    },
    peer: { firstName: 'Alex', email: peerEmail, bio: '', timeZone: 'America/Toronto', availability: [], timeOff: [] },
  };
}

interface Audited {
  action: string;
  allowed: boolean;
  reason?: string;
  actor: { username: string };
  target: { clientId?: string };
}

/** Every audit entry of a trail (all pages), as the admin reads it. */
async function auditTrail(query: string): Promise<Audited[]> {
  const admin = await tokenFor('admin@example.org');
  const entries: Audited[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page = await call('GET', `/audit?${query}&limit=100${suffix}`, { token: admin });
    expect(page.status).toBe(200);
    entries.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return entries;
}

const SESSION_ID = `se_${ulid()}`;
const RESTRICTED_TOPIC = `Restricted topic ${ulid()}`;

let clientId: string;
let peer: string;
let secondPeer: string;
let coordinator: string;
let matchId: string;
const made = { goalId: '', planId: '', noteId: '', restrictedNoteId: '', concernId: '' };

beforeAll(async () => {
  peer = await tokenFor('peer@example.org');
  secondPeer = await secondPeerToken();
  coordinator = await tokenFor('coordinator@example.org');
  const body = intake({ locale: 'fr', contactChannels: ['email', 'text'], phone: '+15145550123', languages: ['fr'] });
  clientId = (await call('POST', '/intakes', { body })).body.clientId;
  matchId = `ma_${ulid()}`;
  await publish(buildEvent(MatchConfirmed, matchConfirmed(clientId, matchId, 'peer@example.org'), meta()));
  await eventually(
    async () => (await call('GET', `/clients/${clientId}/goals`, { token: peer })).status === 200 || undefined,
    { timeoutMs: 15_000, what: 'the match to reach the support service' },
  );
});

describe("the matched peer's workspace", () => {
  it('writes a plan from the birth-plan template', async () => {
    const templates = await call('GET', '/plan-templates?locale=fr', { token: peer });
    expect(templates.body.items.map((t: { templateId: string }) => t.templateId).sort()).toEqual([
      'birth-plan',
      'self-advocacy',
      'wellness-plan',
    ]);

    const response = await call('POST', `/clients/${clientId}/plans`, {
      token: peer,
      body: {
        templateId: 'birth-plan',
        answers: [{ sectionId: 'support-people', answer: 'Ma sœur et mon partenaire' }],
      },
    });
    expect(response.status).toBe(201);
    expect(response.body.templateId).toBe('birth-plan');
    made.planId = response.body.planId;

    const unknownSection = await call('POST', `/clients/${clientId}/plans`, {
      token: peer,
      body: { templateId: 'birth-plan', answers: [{ sectionId: 'diagnosis', answer: 'x' }] },
    });
    expect(unknownSection.status).toBe(422);
  });

  it('records goal progress at a session and publishes GoalProgressed without text', async () => {
    const created = await call('POST', `/clients/${clientId}/goals`, {
      token: peer,
      body: { title: 'Sortir avec le bébé deux fois par semaine', steps: [{ text: 'Trouver un groupe' }] },
    });
    expect(created.status).toBe(201);
    made.goalId = created.body.goalId;
    const progressNote = `Found a group ${ulid()}`;

    const updated = await call('PATCH', `/goals/${made.goalId}`, {
      token: peer,
      headers: { 'if-match': created.headers.get('etag') ?? '' },
      body: {
        steps: [{ text: 'Trouver un groupe', done: true }],
        addProgress: [{ at: '2027-03-09T23:00:00Z', sessionId: SESSION_ID, note: progressNote }],
      },
    });

    expect(updated.status).toBe(200);
    expect(updated.body.progress).toEqual([{ at: '2027-03-09T23:00:00Z', sessionId: SESSION_ID, note: progressNote }]);
    const published = await eventually(async () =>
      (await busEvents()).find((e) => e['detail-type'] === 'GoalProgressed' && e.detail.data.goalId === made.goalId),
    );
    expect(published.detail.data).toMatchObject({
      entriesAdded: 1,
      stepsDone: 1,
      stepsTotal: 1,
      sessionIds: [SESSION_ID],
    });
    expect(JSON.stringify(published)).not.toContain(progressNote);
  });

  it('logs a text check-in, and refuses a phone one the client did not consent to', async () => {
    const text = await call('POST', `/clients/${clientId}/contacts`, {
      token: peer,
      body: { at: '2027-03-12T16:30:00Z', channel: 'text', summary: 'Checked in after the group' },
    });
    const phone = await call('POST', `/clients/${clientId}/contacts`, {
      token: peer,
      body: { at: '2027-03-12T16:30:00Z', channel: 'phone', summary: 'Called' },
    });
    const listed = await call('GET', `/clients/${clientId}/contacts`, { token: peer });

    expect(text.status).toBe(201);
    expect(phone.status).toBe(422);
    expect(phone.headers.get('content-type')).toMatch(/problem\+json/);
    expect(listed.body.items.map((c: { contactId: string }) => c.contactId)).toEqual([text.body.contactId]);
  });

  it('writes a session note the coordinator can list', async () => {
    const note = await call('POST', `/clients/${clientId}/notes`, {
      token: peer,
      body: { at: '2027-03-09T23:00:00Z', sessionId: SESSION_ID, topics: ['Sleep'], goalsTouched: [made.goalId] },
    });
    expect(note.status).toBe(201);
    made.noteId = note.body.noteId;
    const listed = await call('GET', `/clients/${clientId}/notes`, { token: coordinator });
    expect(listed.body.items.map((n: { noteId: string }) => n.noteId)).toContain(made.noteId);
  });

  it('raises a concern (ConcernRaised carries ids only) that a coordinator resolves', async () => {
    const summary = `Would like a call ${ulid()}`;
    const raised = await call('POST', `/clients/${clientId}/concerns`, { token: peer, body: { summary } });
    expect(raised.status).toBe(201);
    made.concernId = raised.body.concernId;
    const published = await eventually(async () =>
      (await busEvents()).find(
        (e) => e['detail-type'] === 'ConcernRaised' && e.detail.data.concernId === made.concernId,
      ),
    );
    expect(Object.keys(published.detail.data).sort()).toEqual(['clientId', 'concernId', 'raisedAt']);

    const byPeer = await call('POST', `/concerns/${made.concernId}/resolution`, { token: peer, body: { note: 'x' } });
    const resolved = await call('POST', `/concerns/${made.concernId}/resolution`, {
      token: coordinator,
      body: { note: 'Called on Tuesday' },
    });
    expect(byPeer.status).toBe(403);
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', resolution: { note: 'Called on Tuesday' } });
  });
});

describe('a substance-use note', () => {
  it('is absent from every list and event, and read by a coordinator only with a reason', async () => {
    // Prepare
    const created = await call('POST', `/clients/${clientId}/notes`, {
      token: peer,
      body: { at: '2027-03-10T23:00:00Z', topics: [RESTRICTED_TOPIC], substanceUse: true },
    });
    expect(created.status).toBe(201);
    made.restrictedNoteId = created.body.noteId;

    // Act
    const lists = await Promise.all(
      [peer, coordinator].map((token) => call('GET', `/clients/${clientId}/notes?limit=100`, { token })),
    );
    const withoutReason = await call('POST', `/notes/${made.restrictedNoteId}/restricted-reads`, {
      token: coordinator,
      body: {},
    });
    const withReason = await call('POST', `/notes/${made.restrictedNoteId}/restricted-reads`, {
      token: coordinator,
      body: { reason: 'Covering for the peer this week' },
    });
    const byPeer = await call('POST', `/notes/${made.restrictedNoteId}/restricted-reads`, { token: peer, body: {} });
    const events = await busEvents();

    // Assess
    for (const list of lists) {
      expect(list.status).toBe(200);
      expect(JSON.stringify(list.body.items)).not.toContain(RESTRICTED_TOPIC);
      expect(list.body.restricted).toEqual({ count: 1, noteIds: [made.restrictedNoteId] });
    }
    expect(JSON.stringify(events)).not.toContain(RESTRICTED_TOPIC);
    expect(JSON.stringify(events)).not.toContain(made.restrictedNoteId);
    expect(withoutReason.status).toBe(422);
    expect(withReason.status).toBe(200);
    expect(withReason.body.topics).toEqual([RESTRICTED_TOPIC]);
    expect(byPeer.status).toBe(200);
    const trail = await auditTrail(`clientId=${clientId}`);
    const reads = trail.filter((entry) => entry.action === 'note.restricted_read');
    expect(reads).toContainEqual(expect.objectContaining({ allowed: true, reason: 'Covering for the peer this week' }));
    expect(reads).toContainEqual(
      expect.objectContaining({
        allowed: false,
        actor: expect.objectContaining({ username: 'coordinator@example.org' }),
      }),
    );
  });
});

describe('the shared plan link', () => {
  it('shows the plan in French to a French-speaking client, and refuses a tampered link', async () => {
    const share = await call('POST', `/plans/${made.planId}/shares`, { token: peer, body: { expiresInDays: 7 } });
    expect(share.status).toBe(201);
    expect(share.body.locale).toBe('fr');

    const shown = await call('GET', share.body.path);
    const [keyId, payload, mac] = share.body.token.split('.');
    const edited = `${payload.slice(0, -2)}${payload.at(-2) === 'A' ? 'B' : 'A'}${payload.at(-1)}`;
    const tampered = await call('GET', `/shared-plans/${keyId}.${edited}.${mac}`);

    expect(shown.status).toBe(200);
    expect(shown.body.templateTitle).toBe('Plan de naissance');
    expect(shown.body.title).toBe('Plan de naissance');
    expect(shown.body.sections).toContainEqual({
      title: 'Qui je veux à mes côtés',
      prompts: expect.any(Array),
      answer: 'Ma sœur et mon partenaire',
    });
    expect(JSON.stringify(shown.body)).not.toContain(clientId);
    expect(tampered.status).toBe(403);
  });
});

describe('a second peer', () => {
  it('gets 403 on every route of the client, and each refusal is audited', async () => {
    // Prepare
    const attempts: [string, string, unknown?][] = [
      ['GET', `/clients/${clientId}/goals`],
      ['POST', `/clients/${clientId}/goals`, { title: 'x' }],
      ['PATCH', `/goals/${made.goalId}`, { title: 'x' }],
      ['GET', `/clients/${clientId}/plans`],
      ['POST', `/clients/${clientId}/plans`, { templateId: 'birth-plan' }],
      ['GET', `/plans/${made.planId}`],
      ['PATCH', `/plans/${made.planId}`, { title: 'x' }],
      ['POST', `/plans/${made.planId}/shares`, {}],
      ['GET', `/clients/${clientId}/notes`],
      ['POST', `/clients/${clientId}/notes`, { at: '2027-03-09T23:00:00Z', topics: ['x'] }],
      ['POST', `/notes/${made.restrictedNoteId}/restricted-reads`, { reason: 'curious' }],
      ['GET', `/clients/${clientId}/contacts`],
      ['POST', `/clients/${clientId}/contacts`, { at: '2027-03-12T16:30:00Z', channel: 'text', summary: 'x' }],
      ['GET', `/clients/${clientId}/concerns`],
      ['POST', `/clients/${clientId}/concerns`, { summary: 'x' }],
    ];

    // Act
    const statuses = [];
    for (const [method, path, body] of attempts) {
      statuses.push((await call(method, path, { token: secondPeer, ...(body ? { body } : {}) })).status);
    }

    // Assess
    expect(statuses).toEqual(attempts.map(() => 403));
    const refusals = (await auditTrail('actor=peer2@example.org')).filter(
      (entry) => !entry.allowed && entry.target.clientId === clientId,
    );
    expect(refusals.map((entry) => entry.action).sort()).toEqual(
      [
        'goal.list',
        'goal.create',
        'goal.update',
        'plan.list',
        'plan.create',
        'plan.read',
        'plan.update',
        'plan.share',
        'note.list',
        'note.create',
        'note.restricted_read',
        'contact.list',
        'contact.create',
        'concern.list',
        'concern.raise',
      ].sort(),
    );
  });

  it('leaves the audit trail to admins', async () => {
    const byCoordinator = await call('GET', `/audit?clientId=${clientId}`, { token: coordinator });
    const withoutFilter = await call('GET', '/audit', { token: await tokenFor('admin@example.org') });
    expect(byCoordinator.status).toBe(403);
    expect(withoutFilter.status).toBe(400);
  });
});

describe('when the match ends', () => {
  it("the peer no longer reaches the client's workspace", async () => {
    const ended: EventData<typeof MatchEnded> = {
      matchId,
      clientId,
      peerId: `pr_${ulid()}`,
      endedBy: 'coordinator',
      at: new Date().toISOString(),
    };
    await publish(buildEvent(MatchEnded, ended, meta()));
    await eventually(
      async () => (await call('GET', `/clients/${clientId}/goals`, { token: peer })).status === 403 || undefined,
      { timeoutMs: 15_000, what: 'the ended match to reach the support service' },
    );
    expect((await call('GET', `/clients/${clientId}/goals`, { token: coordinator })).status).toBe(200);
  });
});
