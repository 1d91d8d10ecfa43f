import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { JsonLines } from '../durable/json-lines.js';
import type { FaultInjector } from '../faults.js';
import { closeServer, freePort, portOf } from '../http/server.js';

const require = createRequire(import.meta.url);

interface StoredEmail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { html?: string; text?: string };
  /** `content` is base64. */
  attachments: { contentType: string; filename?: string; content?: string }[];
  /** Epoch seconds. */
  at: number;
}

export interface CapturedEmail {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string | null;
  html: string | null;
  /** `content` is the decoded text of a text/* attachment (an invite), null for others. */
  attachments: { filename: string | null; contentType: string; content: string | null }[];
  sentAt: string;
}

export interface SesLocal {
  url: string;
  /** Captured mail, newest first. */
  emails(): CapturedEmail[];
  stop(): Promise<void>;
}

/**
 * Runs `aws-ses-v2-local` in this process on a loopback port (`port`, or a free one when it is
 * taken): the real SESv2Client talks to it and people read the mail in its viewer at the same
 * URL. Its mail store is module state, so one local cloud per process owns it. SendEmail goes
 * through the fault injector first. With a `file`, captured mail is written there before SendEmail
 * answers, and read back at the next start.
 */
export async function startSesLocal(
  faults: FaultInjector,
  options: { port?: number; file?: string } = {},
): Promise<SesLocal> {
  const start = (
    require('aws-ses-v2-local') as { default: (config: { host: string; port: number }) => Promise<Server> }
  ).default;
  const store = require('aws-ses-v2-local/dist/store.js') as { getStoreReadonly(): { emails: StoredEmail[] } };
  // Its `listen` never rejects (a taken port would hang it), so check the port first.
  const port = options.port ? await freePort(options.port).catch(() => 0) : 0;
  const server = await start({ host: '127.0.0.1', port });
  const [express] = server.listeners('request') as ((...args: unknown[]) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req, res) => {
    const sending = req.method === 'POST' && (req.url ?? '').startsWith('/v2/email/outbound-emails');
    const fault = sending ? faults.take('sesv2:SendEmail') : null;
    if (fault === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault === 'error') {
      res.writeHead(500, { 'content-type': 'application/json', 'x-amzn-errortype': 'InternalFailure' });
      res.end(JSON.stringify({ message: 'Injected fault (POST /_local/faults)' }));
      return;
    }
    express?.(req, res);
  });
  const baseline = store.getStoreReadonly().emails.length;
  keepCapturedMail(store.getStoreReadonly().emails, new JsonLines<StoredEmail>(options.file));
  return {
    url: `http://127.0.0.1:${portOf(server)}`,
    emails: () =>
      store
        .getStoreReadonly()
        .emails.slice(baseline)
        .reverse()
        .map((email) => ({
          messageId: email.messageId,
          from: email.from,
          to: email.destination.to,
          subject: email.subject,
          text: email.body.text ?? null,
          html: email.body.html ?? null,
          attachments: email.attachments.map((a) => ({
            filename: a.filename ?? null,
            contentType: a.contentType,
            content:
              a.content && a.contentType.startsWith('text/') ? Buffer.from(a.content, 'base64').toString('utf8') : null,
          })),
          sentAt: new Date(email.at * 1000).toISOString(),
        })),
    stop: () => closeServer(server),
  };
}

/** Reads back earlier captures, then writes each new one through before the store takes it. */
function keepCapturedMail(emails: StoredEmail[], file: JsonLines<StoredEmail>): void {
  const push = emails.push.bind(emails);
  push(...file.read());
  if (!file.file) return;
  // The store calls `push` before SendEmail answers: the mail is on disk when the sender hears OK.
  emails.push = (...items: StoredEmail[]) => {
    file.append(items);
    return push(...items);
  };
}
