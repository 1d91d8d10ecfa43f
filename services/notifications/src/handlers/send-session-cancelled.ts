import { SessionCancelled } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { sessionCancelledMessages } from '../domain/plan/plan-messages.js';
import { inviteAttachment } from '../domain/render/invite-attachment.js';
import { createRenderer, packedLayouts, packedTemplate } from '../domain/render/render.js';
import { table } from '../store/default-store.js';
import layouts from '../templates/packed/_layout.generated.json' with { type: 'json' };
import sessionCancelledClient from '../templates/packed/session-cancelled-client.generated.json' with { type: 'json' };
import sessionCancelledPeer from '../templates/packed/session-cancelled-peer.generated.json' with { type: 'json' };
import { deliverAll, planContext } from './plan-context.js';
import { sendEmail } from './send-email.js';
import { sendText } from './send-text.js';

/** Only this function's templates are bundled with it. */
const render = createRenderer(
  {
    layouts: packedLayouts(layouts),
    templates: {
      'session-cancelled-client': packedTemplate(sessionCancelledClient),
      'session-cancelled-peer': packedTemplate(sessionCancelledPeer),
    },
  },
  { invite: inviteAttachment },
);
const context = planContext();
const SENDERS = { email: sendEmail, text: sendText };

export const handler = eventHandler(SessionCancelled, { idempotencyTable: table }, async ({ meta, data }) => {
  await deliverAll(meta.eventId, sessionCancelledMessages(data, context), render, { matchId: data.matchId }, SENDERS);
});
