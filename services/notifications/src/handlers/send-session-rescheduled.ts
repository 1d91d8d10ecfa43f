import { SessionRescheduled } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { sessionRescheduledMessages } from '../domain/plan/plan-messages.js';
import { inviteAttachment } from '../domain/render/invite-attachment.js';
import { createRenderer, packedLayouts, packedTemplate } from '../domain/render/render.js';
import { table } from '../store/default-store.js';
import layouts from '../templates/packed/_layout.generated.json' with { type: 'json' };
import sessionRescheduledClient from '../templates/packed/session-rescheduled-client.generated.json' with {
  type: 'json',
};
import sessionRescheduledPeer from '../templates/packed/session-rescheduled-peer.generated.json' with { type: 'json' };
import { deliverAll, planContext } from './plan-context.js';
import { sendEmail } from './send-email.js';
import { sendText } from './send-text.js';

/** Only this function's templates are bundled with it. */
const render = createRenderer(
  {
    layouts: packedLayouts(layouts),
    templates: {
      'session-rescheduled-client': packedTemplate(sessionRescheduledClient),
      'session-rescheduled-peer': packedTemplate(sessionRescheduledPeer),
    },
  },
  { invite: inviteAttachment },
);
const context = planContext();
const SENDERS = { email: sendEmail, text: sendText };

export const handler = eventHandler(SessionRescheduled, { idempotencyTable: table }, async ({ meta, data }) => {
  await deliverAll(meta.eventId, sessionRescheduledMessages(data, context), render, { matchId: data.matchId }, SENDERS);
});
