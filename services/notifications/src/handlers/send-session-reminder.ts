import { SessionReminderDue } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { sessionReminderMessages } from '../domain/plan/plan-messages.js';
import { createRenderer, packedLayouts, packedTemplate } from '../domain/render/render.js';
import { table } from '../store/default-store.js';
import layouts from '../templates/packed/_layout.generated.json' with { type: 'json' };
import sessionReminderClient from '../templates/packed/session-reminder-client.generated.json' with { type: 'json' };
import sessionReminderPeer from '../templates/packed/session-reminder-peer.generated.json' with { type: 'json' };
import { deliverAll, planContext } from './plan-context.js';
import { sendEmail } from './send-email.js';
import { sendText } from './send-text.js';

/** Only this function's templates are bundled with it. */
const render = createRenderer({
  layouts: packedLayouts(layouts),
  templates: {
    'session-reminder-client': packedTemplate(sessionReminderClient),
    'session-reminder-peer': packedTemplate(sessionReminderPeer),
  },
});
const context = planContext();
const SENDERS = { email: sendEmail, text: sendText };

export const handler = eventHandler(SessionReminderDue, { idempotencyTable: table }, async ({ meta, data }) => {
  await deliverAll(meta.eventId, sessionReminderMessages(data, context), render, { matchId: data.matchId }, SENDERS);
});
