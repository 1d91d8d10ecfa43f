import { beforeAll, describe, expect, it } from 'vitest';
import { allClients, busEvents, call, emailsTo, intake, settle, tokenFor } from './support/api.js';

interface Problem {
  type: string;
  status: number;
  errors?: { path: string; message: string }[];
}

const cases: { name: string; body?: unknown; rawBody?: string; paths: string[] }[] = [
  {
    name: 'a missing consent',
    body: intake({ consents: { nonClinical: true, privacy: true } as never }),
    paths: ['consents.contact'],
  },
  {
    name: 'a consent that is false',
    body: intake({ consents: { nonClinical: false, privacy: true, contact: true } as never }),
    paths: ['consents.nonClinical'],
  },
  { name: 'a bad email', body: intake({ email: 'not-an-email' }), paths: ['email'] },
  { name: 'an unknown time zone', body: intake({ timeZone: 'Atlantis/Capital' }), paths: ['timeZone'] },
  {
    name: 'oversized text',
    body: intake({ goals: 'a'.repeat(2001), preferredName: 'b'.repeat(101) }),
    paths: ['preferredName', 'goals'],
  },
  {
    name: 'wrong types',
    body: {
      ...intake(),
      languages: 'en',
      safety: { immediateDanger: 'no', riskToOthers: false, thoughtsOfSelfHarm: false },
      availability: [{ day: 'someday', start: '9', end: '8' }],
    },
    paths: ['languages', 'availability.0.day', 'availability.0.start', 'availability.0.end', 'safety.immediateDanger'],
  },
  {
    name: 'a window that ends before it starts',
    body: intake({ availability: [{ day: 'mon', start: '20:00', end: '19:00' }] }),
    paths: ['availability.0.end'],
  },
];

describe('an invalid intake is refused and changes nothing', () => {
  let clientsBefore: number;
  let eventsBefore: number;
  beforeAll(async () => {
    const coordinator = await tokenFor('coordinator@example.org');
    clientsBefore = (await allClients(coordinator)).length;
    eventsBefore = (await busEvents()).length;
  });

  for (const testCase of cases) {
    it(`answers ${testCase.name} with 400 problem+json naming each bad field`, async () => {
      const response = await call<Problem>('POST', '/intakes', { body: testCase.body });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body.type).toBe('https://lantern.dev/problems/validation');
      expect(response.body.errors?.map((e) => e.path).sort()).toEqual([...testCase.paths].sort());
    });
  }

  it('answers malformed JSON with 400 problem+json', async () => {
    const response = await call<Problem>('POST', '/intakes', { rawBody: '{"preferredName": "Sam",' });
    expect(response.status).toBe(400);
    expect(response.body.type).toBe('https://lantern.dev/problems/malformed-json');
  });

  it('stored no client, published no event and sent no email for any of them', async () => {
    const coordinator = await tokenFor('coordinator@example.org');
    const clients = (await allClients(coordinator)).length;
    const events = await settle(busEvents);
    expect(clients).toBe(clientsBefore);
    expect(events.length).toBe(eventsBefore);
    for (const testCase of cases) {
      const address = (testCase.body as { email?: string } | undefined)?.email;
      if (typeof address === 'string' && address.includes('@')) expect(await emailsTo(address)).toEqual([]);
    }
  });
});
