import { inviteAttachment } from '../domain/render/invite-attachment.js';
import { createRenderer, packedLayouts, packedTemplate, type TemplateSources } from '../domain/render/render.js';
import layouts from './packed/_layout.generated.json' with { type: 'json' };
import intakeAttention from './packed/intake-attention.generated.json' with { type: 'json' };
import intakeReceived from './packed/intake-received.generated.json' with { type: 'json' };
import matchConfirmedClient from './packed/match-confirmed-client.generated.json' with { type: 'json' };
import matchConfirmedPeer from './packed/match-confirmed-peer.generated.json' with { type: 'json' };
import sessionBookedClient from './packed/session-booked-client.generated.json' with { type: 'json' };
import sessionBookedPeer from './packed/session-booked-peer.generated.json' with { type: 'json' };
import sessionCancelledClient from './packed/session-cancelled-client.generated.json' with { type: 'json' };
import sessionCancelledPeer from './packed/session-cancelled-peer.generated.json' with { type: 'json' };
import sessionReminderClient from './packed/session-reminder-client.generated.json' with { type: 'json' };
import sessionReminderPeer from './packed/session-reminder-peer.generated.json' with { type: 'json' };
import sessionRescheduledClient from './packed/session-rescheduled-client.generated.json' with { type: 'json' };
import sessionRescheduledPeer from './packed/session-rescheduled-peer.generated.json' with { type: 'json' };

/**
 * Every packed template, for tests and tools. A function imports only the packs it sends (see
 * the intake-received handler), so that its bundle carries only those.
 */
export const ALL_TEMPLATE_SOURCES: TemplateSources = {
  layouts: packedLayouts(layouts),
  templates: {
    'intake-received': packedTemplate(intakeReceived),
    'intake-attention': packedTemplate(intakeAttention),
    'match-confirmed-client': packedTemplate(matchConfirmedClient),
    'match-confirmed-peer': packedTemplate(matchConfirmedPeer),
    'session-booked-client': packedTemplate(sessionBookedClient),
    'session-booked-peer': packedTemplate(sessionBookedPeer),
    'session-rescheduled-client': packedTemplate(sessionRescheduledClient),
    'session-rescheduled-peer': packedTemplate(sessionRescheduledPeer),
    'session-cancelled-client': packedTemplate(sessionCancelledClient),
    'session-cancelled-peer': packedTemplate(sessionCancelledPeer),
    'session-reminder-client': packedTemplate(sessionReminderClient),
    'session-reminder-peer': packedTemplate(sessionReminderPeer),
  },
};

/** `render(template, locale, variables)` over every packed template, invites included. */
export const render = createRenderer(ALL_TEMPLATE_SOURCES, { invite: inviteAttachment });
