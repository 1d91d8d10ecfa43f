import { describe, expect, it } from 'vitest';
import { call, emailsTo, eventually, intake, settle } from './support/api.js';

describe('an urgent intake reaches a person', () => {
  it('emails the coordinators on duty once, with a link and no name, reason or safety word', async () => {
    // Prepare
    const body = intake({
      preferredName: 'Quinn',
      safety: { immediateDanger: true, thoughtsOfSelfHarm: false, riskToOthers: false },
    });

    // Act
    const created = await call('POST', '/intakes', { body });

    // Assess
    expect(created.status).toBe(201);
    const alertFor = async () =>
      (await emailsTo('coordinator@example.org')).filter((email) => email.text.includes(created.body.clientId));
    const [alert] = await eventually(async () => ((await alertFor()).length ? alertFor() : undefined), {
      what: 'the urgent-intake alert',
    });
    expect(alert?.subject).toMatch(/an intake needs attention/i);
    expect(alert?.text).toContain(`/staff/clients/${created.body.clientId}`);
    const everything = `${alert?.subject} ${alert?.text} ${alert?.html}`;
    expect(everything).not.toContain('Quinn');
    expect(everything).not.toMatch(/danger|harm|suicid|crisis|safety|risk|mental|substance|parent/i);
    expect(await settle(alertFor)).toHaveLength(1);
  });

  it('sends no alert for an intake that is not urgent', async () => {
    const created = await call('POST', '/intakes', { body: intake() });
    const alerts = await settle(async () =>
      (await emailsTo('coordinator@example.org')).filter((email) => email.text.includes(created.body.clientId)),
    );
    expect(alerts).toEqual([]);
  });
});
