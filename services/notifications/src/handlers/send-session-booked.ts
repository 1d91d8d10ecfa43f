import { SessionScheduled } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { sessionScheduledMessages } from '../domain/plan/plan-messages.js';
import { inviteAttachment } from '../domain/render/invite-attachment.js';
import { createRenderer, packedLayouts, packedTemplate } from '../domain/render/render.js';
import { table } from '../store/default-store.js';
import layouts from '../templates/packed/_layout.generated.json' with { type: 'json' };
import sessionBookedClient from '../templates/packed/session-booked-client.generated.json' with { type: 'json' };
import sessionBookedPeer from '../templates/packed/session-booked-peer.generated.json' with { type: 'json' };
import { deliverAll, planContext } from './plan-context.js';
import { sendEmail } from './send-email.js';
import { sendText } from './send-text.js';

/** Only this function's templates are bundled with it. */
const render = createRenderer(
  {
    layouts: packedLayouts(layouts),
    templates: {
      'session-booked-client': packedTemplate(sessionBookedClient),
      'session-booked-peer': packedTemplate(sessionBookedPeer),
    },
  },
  { invite: inviteAttachment },
);
const context = planContext();
const SENDERS = { email: sendEmail, text: sendText };

export const handler = eventHandler(SessionScheduled, { idempotencyTable: table }, async ({ meta, data }) => {
  await deliverAll(meta.eventId, sessionScheduledMessages(data, context), render, { matchId: data.matchId }, SENDERS);
});
