import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  buildEvent,
  type EventDefinition,
  MatchConfirmed,
  SessionCancelled,
  SessionReminderDue,
  SessionRescheduled,
  SessionScheduled,
} from '@lantern/contracts';
import {
  addressKey,
  findListedTerms,
  maskAddress,
  notificationsManifest,
  readDiscretionTerms,
} from '@lantern/notifications';
import { afterAll, describe, expect, it } from 'vitest';
import { call, cloudConfig, eventually, intake, settle, tokenFor } from './support/api.js';

interface Email {
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string | null; contentType: string; content: string | null }[];
}
interface Text {
  to: string;
  body: string;
}

const run = Date.now();
const clientEmail = `story-${run}@example.net`;
const clientPhone = `+1555${String(run).slice(-7)}`;
const peerEmail = `alex-${run}@example.org`;
const terms = readDiscretionTerms();
/** Messages may name the organisation (DESIGN §5), and nothing else about the service. */
const organisationName = notificationsManifest.functions.sendMatchConfirmed.environment?.ORGANISATION_NAME ?? '';
const listedTerms = (text: string) => findListedTerms(text.replaceAll(organisationName, ''), terms);

const emailsTo = async (address: string) =>
  (await call<{ items: Email[] }>('GET', '/_local/emails')).body.items.filter((e) => e.to.includes(address));
const textsTo = async (phone: string) =>
  (await call<{ items: Text[] }>('GET', '/_local/texts')).body.items.filter((t) => t.to === phone);

const bus = () =>
  new EventBridgeClient({
    endpoint: cloudConfig().AWS_ENDPOINT_URL_EVENTBRIDGE,
    region: cloudConfig().AWS_REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

let eventCount = 0;
/** Publishes one domain event twice (two PutEvents entries, one `meta.eventId`), as a relay retry would. */
type AnySchema = Parameters<typeof buildEvent>[0]['data'];
async function publishTwice<TName extends string, TData extends AnySchema>(
  definition: EventDefinition<TName, TData>,
  data: Parameters<typeof buildEvent<TName, TData>>[1],
): Promise<void> {
  eventCount += 1;
  const event = buildEvent(definition, data, {
    eventId: `ev_story_${run}_${eventCount}`,
    occurredAt: new Date().toISOString(),
  });
  const entry = {
    EventBusName: cloudConfig().LANTERN_EVENT_BUS,
    Source: event.source,
    DetailType: event.detailType,
    Detail: JSON.stringify(event.detail),
  };
  const result = await bus().send(new PutEventsCommand({ Entries: [entry, entry] }));
  expect(result.FailedEntryCount).toBe(0);
}

/** Waits until exactly `count` messages have arrived, then for stragglers: duplicates would show. */
async function expectCount<T>(read: () => Promise<T[]>, count: number, what: string): Promise<T[]> {
  await eventually(async () => ((await read()).length >= count ? true : undefined), { what, timeoutMs: 20_000 });
  const settled = await settle(read, 1000);
  expect(settled, what).toHaveLength(count);
  return settled;
}

const WEEK = 7 * 24 * 3600 * 1000;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000', '');
const firstStart = Date.parse('2027-03-02T23:00:00Z');
const occurrences = Array.from({ length: 12 }, (_, week) => ({
  sessionId: `se_${run}_${week + 1}`,
  sequence: 0,
  start: iso(firstStart + week * WEEK),
  end: iso(firstStart + week * WEEK + 3600_000),
  linkToken: `link-${run}-${week + 1}`,
}));

const firstSession = occurrences[0] as (typeof occurrences)[number];

describe('a client’s story, told by messages', () => {
  const context = (clientId: string) => ({
    matchId: `ma_${run}`,
    seriesId: `sr_${run}`,
    modality: 'video' as const,
    timeZone: 'America/Vancouver',
    client: {
      clientId,
      firstName: 'Sam',
      email: clientEmail,
      phone: clientPhone,
      contactChannels: ['email' as const, 'text' as const],
      locale: 'en' as const,
      timeZone: 'America/Toronto',
    },
    peer: { peerId: `pr_${run}`, firstName: 'Alex', email: peerEmail, timeZone: 'America/Vancouver' },
  });

  afterAll(async () => {
    await call('DELETE', '/_local/faults');
  });

  it('sends each expected email and text exactly once, with invites, through duplicates, SES faults, unsubscribe, a bounce and STOP', async () => {
    // An urgent intake: the client's receipt, and the alert to the coordinator on duty.
    const created = await call('POST', '/intakes', {
      body: intake({
        email: clientEmail,
        phone: clientPhone,
        contactChannels: ['email', 'text'],
        safety: { immediateDanger: true, thoughtsOfSelfHarm: false, riskToOthers: false },
      }),
    });
    expect(created.status).toBe(201);
    const clientId: string = created.body.clientId;
    const alerts = async () =>
      (await emailsTo('coordinator@example.org')).filter((email) => email.text.includes(clientId));
    await expectCount(alerts, 1, 'the urgent alert');
    await expectCount(() => emailsTo(clientEmail), 1, 'the receipt');

    // The match: an introduction to each.
    const { client } = context(clientId);
    await publishTwice(MatchConfirmed, {
      matchId: `ma_${run}`,
      clientId,
      peerId: `pr_${run}`,
      confirmedAt: new Date().toISOString(),
      modalities: ['video'],
      client: { ...client, availability: [] },
      peer: {
        firstName: 'Alex',
        email: peerEmail,
        bio: 'I grew up by the sea, I cook for friends on Sundays and I am a patient listener.',
        timeZone: 'America/Vancouver',
        availability: [],
        timeOff: [],
      },
    });
    await expectCount(() => emailsTo(clientEmail), 2, 'the introduction to the client');
    await expectCount(() => emailsTo(peerEmail), 1, 'the introduction to the peer');

    // A 12-week series, while SES fails twice before it answers.
    await call('POST', '/_local/faults', { body: { target: 'sesv2:SendEmail', mode: 'error', count: 2 } });
    await publishTwice(SessionScheduled, { ...context(clientId), sessions: occurrences, scheduledAt: iso(Date.now()) });
    const [booked] = await expectCount(() => emailsTo(clientEmail), 3, 'the booking to the client');
    const [peerBooked] = await expectCount(() => emailsTo(peerEmail), 2, 'the booking to the peer');
    await expectCount(() => textsTo(clientPhone), 1, 'the booking by text');
    for (const email of [booked, peerBooked]) {
      expect(email?.attachments).toHaveLength(1);
      expect(email?.attachments[0]).toMatchObject({ filename: 'invite.ics' });
      expect(email?.attachments[0]?.contentType).toContain('method=REQUEST');
      expect(email?.attachments[0]?.content).toMatch(/RRULE:FREQ=WEEKLY;COUNT=12/);
    }
    expect(booked?.text).toContain(`/s/${occurrences[0]?.linkToken}`);

    // The 24-hour reminder carries an unsubscribe link; the client follows it.
    await publishTwice(SessionReminderDue, { ...context(clientId), which: '24h', session: firstSession });
    const [reminder] = await expectCount(() => emailsTo(clientEmail), 4, 'the 24-hour reminder');
    await expectCount(() => emailsTo(peerEmail), 3, 'the peer’s 24-hour reminder');
    await expectCount(() => textsTo(clientPhone), 2, 'the reminder by text');
    const token = /\/unsubscribe\/([A-Za-z0-9_.-]+)/.exec(reminder?.text ?? '')?.[1] ?? '';
    expect(reminder?.text).not.toContain(clientEmail);
    expect((await call('POST', '/unsubscribe', { body: { token: `${token}x` } })).status).toBe(403);
    expect((await call('POST', '/unsubscribe', { body: { token } })).status).toBe(200);

    // The client moves the third session: a change is essential, so it still reaches them.
    const moved = occurrences[2] as (typeof occurrences)[number];
    await publishTwice(SessionRescheduled, {
      ...context(clientId),
      sessions: [
        {
          ...moved,
          sequence: 1,
          start: iso(Date.parse(moved.start) + 24 * 3600_000),
          end: iso(Date.parse(moved.end) + 24 * 3600_000),
          previousStart: moved.start,
          previousEnd: moved.end,
        },
      ],
      changedBy: 'client',
      rescheduledAt: iso(Date.now()),
    });
    const [rescheduled] = await expectCount(() => emailsTo(clientEmail), 5, 'the reschedule to the client');
    await expectCount(() => emailsTo(peerEmail), 4, 'the reschedule to the peer');
    await expectCount(() => textsTo(clientPhone), 3, 'the reschedule by text');
    expect(rescheduled?.attachments[0]?.content).toMatch(/SEQUENCE:1/);

    // The client's address bounces: the next email to it is skipped, the text still goes.
    expect((await call('POST', '/_local/ses-feedback', { body: { type: 'Bounce', email: clientEmail } })).status).toBe(
      202,
    );
    await eventually(() => suppressionOf(clientEmail), { what: 'the suppression' });
    await publishTwice(SessionCancelled, {
      ...context(clientId),
      sessions: occurrences.slice(4).map(({ linkToken: _link, ...occurrence }) => ({ ...occurrence, sequence: 1 })),
      changedBy: 'staff',
      cancelledAt: iso(Date.now()),
    });
    const [cancelled] = await expectCount(() => emailsTo(peerEmail), 5, 'the cancellation to the peer');
    await expectCount(() => textsTo(clientPhone), 4, 'the cancellation by text');
    expect(cancelled?.attachments[0]?.contentType).toContain('method=CANCEL');
    expect(await emailsTo(clientEmail)).toHaveLength(5);

    // STOP from the client's phone: the one-hour reminder reaches only the peer.
    await call('POST', '/_local/texts/inbound', { body: { from: clientPhone, body: 'STOP' } });
    await publishTwice(SessionReminderDue, { ...context(clientId), which: '1h', session: firstSession });
    await expectCount(() => emailsTo(peerEmail), 6, 'the peer’s 1-hour reminder');
    expect(await settle(() => textsTo(clientPhone))).toHaveLength(4);
    expect(await emailsTo(clientEmail)).toHaveLength(5);

    // The delivery log says why, with masked recipients only.
    const skipped = await logEntries('status=skipped&template=session-reminder-client');
    const mine = skipped.filter((entry) =>
      [maskAddress(clientEmail), maskAddress(clientPhone)].includes(entry.recipient),
    );
    expect(mine.map((entry) => `${entry.channel}: ${entry.reason}`).sort()).toEqual(
      expect.arrayContaining(['email: address suppressed after a bounce', 'text: number opted out (STOP)']),
    );

    // Nothing captured names a listed term: subjects, bodies, invites and texts.
    const everything = [...(await emailsTo(clientEmail)), ...(await emailsTo(peerEmail)), ...(await alerts())].flatMap(
      (email) => [email.subject, email.text, email.html, ...email.attachments.map((a) => a.content ?? '')],
    );
    everything.push(...(await textsTo(clientPhone)).map((text) => text.body));
    expect(organisationName).not.toBe('');
    expect(everything.flatMap(listedTerms)).toEqual([]);
  }, 120_000);
});

async function suppressionOf(address: string) {
  const documents = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: cloudConfig().AWS_ENDPOINT_URL_DYNAMODB,
      region: cloudConfig().AWS_REGION,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  );
  const found = await documents.send(
    new GetCommand({
      TableName: cloudConfig().LANTERN_TABLE_NOTIFICATIONS_MAIN,
      Key: { pk: `ADDRESS#${addressKey(address)}`, sk: 'SUPPRESSED' },
    }),
  );
  return found.Item;
}

interface LogEntry {
  recipient: string;
  channel: string;
  reason?: string;
  template: string;
}

/** Every page of the delivery log for a filter, as a coordinator reads it. */
async function logEntries(filter: string): Promise<LogEntry[]> {
  const token = await tokenFor('coordinator@example.org');
  const entries: LogEntry[] = [];
  let cursor: string | null = null;
  do {
    const page: { status: number; body: { items: LogEntry[]; nextCursor: string | null } } = await call(
      'GET',
      `/notifications?${filter}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      { token },
    );
    expect(page.status).toBe(200);
    entries.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return entries;
}
