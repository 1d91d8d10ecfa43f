import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { afterEach, describe, expect, it } from 'vitest';
import { busEvents, call, cloudConfig, emailsTo, eventually, intake, settle } from './support/api.js';

async function endpoints() {
  return (await call<{ eventbridge: string }>('GET', '/_local/endpoints')).body;
}

async function injectFault(target: string, mode: 'error' | 'reset', count: number) {
  const response = await call('POST', '/_local/faults', { body: { target, mode, count } });
  expect(response.status).toBeLessThan(300);
}

describe('delivery is at least once, effects exactly once', () => {
  afterEach(async () => {
    await call('DELETE', '/_local/faults');
  });

  it('sends one email when the same event is delivered twice', async () => {
    const body = intake();
    const created = await call('POST', '/intakes', { body });
    const [published] = await eventually(async () => {
      const found = (await busEvents()).filter((e) => e.detail.data.clientId === created.body.clientId);
      return found.length ? found : undefined;
    });
    await eventually(async () => ((await emailsTo(body.email)).length ? true : undefined));

    const bus = new EventBridgeClient({
      endpoint: (await endpoints()).eventbridge,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await bus.send(
      new PutEventsCommand({
        Entries: [
          {
            EventBusName: cloudConfig().LANTERN_EVENT_BUS,
            Source: published?.source,
            DetailType: published?.['detail-type'],
            Detail: JSON.stringify(published?.detail),
          },
        ],
      }),
    );

    expect(await settle(() => emailsTo(body.email), 2000)).toHaveLength(1);
  });

  it('loses nothing when the relay dies after the write and before PutEvents', async () => {
    await injectFault('eventbridge:PutEvents', 'reset', 1);
    const body = intake();
    const created = await call('POST', '/intakes', { body });
    expect(created.status).toBe(201);

    await eventually(async () => ((await emailsTo(body.email)).length ? true : undefined), {
      timeoutMs: 15_000,
      what: 'the email after the relay retried',
    });
    const events = (await busEvents()).filter((e) => e.detail.data.clientId === created.body.clientId);
    expect(events).toHaveLength(1);
    expect(await settle(() => emailsTo(body.email))).toHaveLength(1);
  });

  it('puts an event whose consumer keeps failing in the dead-letter list, with its error', async () => {
    await injectFault('sesv2:SendEmail', 'error', 100);
    const body = intake();
    const created = await call('POST', '/intakes', { body });

    const entry = await eventually(
      async () => {
        const dlq = (
          await call<{
            items: {
              event: { detail: { data: { clientId: string } } };
              error: { message: string };
              target: { function: string };
              attempts: number;
            }[];
          }>('GET', '/_local/dlq')
        ).body.items;
        return dlq.find((item) => item.event.detail.data.clientId === created.body.clientId);
      },
      { timeoutMs: 20_000, what: 'the dead-letter entry' },
    );
    expect(entry.target.function).toMatch(/sendIntakeReceived/);
    expect(entry.error.message).toMatch(/fault|injected|SendEmail|error/i);
    expect(entry.attempts).toBe(3);
    expect(await emailsTo(body.email)).toEqual([]);
  });
});
