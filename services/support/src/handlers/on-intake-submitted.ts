import { IntakeSubmitted } from '@lantern/contracts';
import { eventHandler } from '@lantern/runtime';
import { projections, table } from '../store/default-store.js';

/** IntakeSubmitted → the client's consented channels and locale (for check-ins and shared plans). */
export const handler = eventHandler(IntakeSubmitted, { idempotencyTable: table }, async ({ data }) => {
  await projections.recordClient(
    data.clientId,
    { contactChannels: data.contactChannels, locale: data.locale },
    data.submittedAt,
  );
});
