import { MatchConfirmed } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { matchConfirmedMessages } from '../domain/plan/plan-messages.js';
import { createRenderer, packedLayouts, packedTemplate } from '../domain/render/render.js';
import { table } from '../store/default-store.js';
import layouts from '../templates/packed/_layout.generated.json' with { type: 'json' };
import matchConfirmedClient from '../templates/packed/match-confirmed-client.generated.json' with { type: 'json' };
import matchConfirmedPeer from '../templates/packed/match-confirmed-peer.generated.json' with { type: 'json' };
import { deliverAll, planContext } from './plan-context.js';
import { sendEmail } from './send-email.js';

/** Only this function's templates are bundled with it. */
const render = createRenderer({
  layouts: packedLayouts(layouts),
  templates: {
    'match-confirmed-client': packedTemplate(matchConfirmedClient),
    'match-confirmed-peer': packedTemplate(matchConfirmedPeer),
  },
});
const context = planContext();
const SENDERS = { email: sendEmail };

export const handler = eventHandler(MatchConfirmed, { idempotencyTable: table }, async ({ meta, data }) => {
  await deliverAll(meta.eventId, matchConfirmedMessages(data, context), render, { matchId: data.matchId }, SENDERS);
});
