import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeServer, listen, portOf } from '../src/http/server.js';
import { sesFeedbackEntry } from '../src/ses/feedback.js';
import { TextMessages } from '../src/sms/text-messages.js';

const send = (to: string, body = 'See you Tuesday') => ({
  DestinationPhoneNumber: to,
  OriginationIdentity: '+15555550100',
  MessageBody: body,
});

describe('text messages (pinpoint-sms-voice-v2)', () => {
  const servers: Awaited<ReturnType<typeof listen>>[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await closeServer(server);
  });

  it('captures every sent text, newest first', () => {
    // Prepare
    const texts = new TextMessages();
    // Act
    texts.send(send('+15555550111', 'first'));
    texts.send(send('+15555550122', 'second'));
    // Assess
    expect(texts.texts().map((text) => [text.to, text.body])).toEqual([
      ['+15555550122', 'second'],
      ['+15555550111', 'first'],
    ]);
  });

  it('refuses texts to a number that replied STOP, as AWS does, and only to that number', () => {
    // Prepare
    const texts = new TextMessages();
    // Act
    const reply = texts.receive({ from: '+15555550111', body: ' stop ' });
    const chat = texts.receive({ from: '+15555550122', body: 'thanks!' });
    // Assess
    expect(reply).toEqual({ optedOut: true });
    expect(chat).toEqual({ optedOut: false });
    expect(() => texts.send(send('+15555550111'))).toThrow(/opted out/);
    expect(texts.send(send('+15555550122')).MessageId).toBeTruthy();
    expect(texts.texts()).toHaveLength(1);
  });

  it('keeps texts and opt-outs across a restart when given a file', () => {
    // Prepare
    const file = join(mkdtempSync(join(tmpdir(), 'texts-')), 'texts.jsonl');
    const before = new TextMessages(file);
    before.send(send('+15555550111'));
    before.receive({ from: '+15555550122', body: 'STOP' });
    // Act
    const after = new TextMessages(file);
    // Assess
    expect(after.texts()).toEqual(before.texts());
    expect(() => after.send(send('+15555550122'))).toThrow(/opted out/);
  });

  it('answers the JSON protocol with the ConflictException reason the SDK reads', async () => {
    // Prepare
    const texts = new TextMessages();
    texts.receive({ from: '+15555550111', body: 'STOP' });
    const server = await listen(texts.handler());
    servers.push(server);
    const call = (body: unknown) =>
      fetch(`http://127.0.0.1:${portOf(server)}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'PinpointSMSVoiceV2.SendTextMessage' },
        body: JSON.stringify(body),
      });
    // Act
    const refused = await call(send('+15555550111'));
    const sent = await call(send('+15555550122'));
    const invalid = await call(send('5550122'));
    // Assess
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      __type: 'ConflictException',
      Reason: 'DESTINATION_PHONE_NUMBER_OPTED_OUT',
    });
    expect(sent.status).toBe(200);
    expect(((await sent.json()) as { MessageId: string }).MessageId).toBe(texts.texts()[0]?.messageId);
    expect(invalid.status).toBe(400);
  });
});

describe('SES feedback', () => {
  it('is the event SES publishes: source aws.ses, a bounce or complaint naming the address', () => {
    // Act
    const bounce = sesFeedbackEntry({ type: 'Bounce', email: 'a@example.org', busName: 'bus' });
    const complaint = sesFeedbackEntry({ type: 'Complaint', email: 'b@example.org', busName: 'bus' });
    // Assess
    expect([bounce.Source, bounce.DetailType, complaint.DetailType]).toEqual([
      'aws.ses',
      'Email Bounced',
      'Email Complaint Received',
    ]);
    expect(JSON.parse(bounce.Detail ?? '')).toMatchObject({
      eventType: 'Bounce',
      bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'a@example.org' }] },
    });
    expect(JSON.parse(complaint.Detail ?? '')).toMatchObject({
      eventType: 'Complaint',
      complaint: { complainedRecipients: [{ emailAddress: 'b@example.org' }] },
    });
  });
});
