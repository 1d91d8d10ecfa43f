import { DEFAULT_CRISIS_RESOURCES } from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import { busEvents, call, emailsTo, eventually, intake } from './support/api.js';

describe('an intake travels from POST /intakes to a captured email', () => {
  it('answers 201 with the new client and emails a discreet confirmation', async () => {
    const body = intake();
    const response = await call('POST', '/intakes', { body });

    expect(response.status).toBe(201);
    expect(response.body).toEqual({ clientId: expect.stringMatching(/^cl_/), status: 'new', urgent: false });
    expect(response.headers.get('location')).toBe(`/clients/${response.body.clientId}`);
    const [email] = await eventually(
      async () => {
        const found = await emailsTo(body.email);
        return found.length ? found : undefined;
      },
      { what: 'the confirmation email' },
    );
    expect(email?.subject).toMatch(/we received your request/i);
    expect(`${email?.subject} ${email?.text}`).not.toMatch(/parent|mental|substance|crisis|safety/i);
  });

  it('publishes IntakeSubmitted once, without the safety answers', async () => {
    const response = await call('POST', '/intakes', { body: intake() });
    const events = await eventually(async () => {
      const found = (await busEvents()).filter((e) => e.detail.data.clientId === response.body.clientId);
      return found.length ? found : undefined;
    });
    expect(events).toHaveLength(1);
    expect(events[0]?.['detail-type']).toBe('IntakeSubmitted');
    expect(JSON.stringify(events[0]?.detail)).not.toMatch(/immediateDanger|thoughtsOfSelfHarm/);
  });

  it('marks a client at risk urgent and returns crisis resources at once', async () => {
    const response = await call('POST', '/intakes', {
      body: intake({ safety: { immediateDanger: false, riskToOthers: false, thoughtsOfSelfHarm: true } }),
    });
    expect(response.status).toBe(201);
    expect(response.body.urgent).toBe(true);
    expect(response.body.crisisResources).toEqual(expect.arrayContaining([expect.objectContaining({ phone: '988' })]));
  });

  it('answers with the crisis resources in the language of the intake', async () => {
    const safety = { immediateDanger: false, riskToOthers: true, thoughtsOfSelfHarm: false };
    const response = await call('POST', '/intakes', { body: intake({ locale: 'fr', safety }) });
    expect(response.body.urgent).toBe(true);
    expect(response.body.crisisResources).toEqual(DEFAULT_CRISIS_RESOURCES.fr);
  });

  it('still accepts a body sent before the risk-to-others question', async () => {
    const response = await call('POST', '/intakes', {
      body: intake({ safety: { immediateDanger: false, thoughtsOfSelfHarm: false } }),
    });
    expect(response.status).toBe(201);
    expect(response.body.urgent).toBe(false);
  });

  it('never mentions risk in the email of an urgent client', async () => {
    const body = intake({ safety: { immediateDanger: true, riskToOthers: false, thoughtsOfSelfHarm: true } });
    await call('POST', '/intakes', { body });
    const [email] = await eventually(async () => {
      const found = await emailsTo(body.email);
      return found.length ? found : undefined;
    });
    expect(`${email?.subject} ${email?.text} ${email?.html}`).not.toMatch(/urgent|crisis|988|safety|danger|harm/i);
  });

  it('writes to a French-speaking client in French', async () => {
    const body = intake({ locale: 'fr' });
    await call('POST', '/intakes', { body });
    const [email] = await eventually(async () => {
      const found = await emailsTo(body.email);
      return found.length ? found : undefined;
    });
    expect(email?.subject).toMatch(/nous avons bien reçu votre demande/);
  });
});
