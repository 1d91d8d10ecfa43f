import { buildEvent, type IntakeCreated, IntakeSubmitted } from '@lantern/contracts';
import { httpHandler, idempotencyRecords, logger } from '@lantern/runtime';
import { intakeSubmittedData, newClientRecord } from '../domain/client.js';
import { crisisResourcesFor, parseCrisisResources } from '../domain/crisis-resources.js';
import { newClientId, newEventId } from '../domain/ids.js';
import { submitIntakeRoute } from '../routes/submit-intake.js';
import { clientsStore, documents, table } from '../store/default-store.js';

/** The organisation's crisis resources, from configuration, checked once at cold start. */
const crisisResources = parseCrisisResources(process.env.CRISIS_RESOURCES);

/** POST /intakes (public): store a client's intake and announce it. */
export const handler = httpHandler(
  submitIntakeRoute,
  async ({ body, idempotency }) => {
    const now = new Date();
    const record = newClientRecord(body, newClientId(), now);
    const intakeEvent = buildEvent(IntakeSubmitted, intakeSubmittedData(record), {
      eventId: newEventId(),
      occurredAt: record.createdAt,
    });
    const response: IntakeCreated = {
      clientId: record.clientId,
      status: record.status,
      urgent: record.urgent,
      ...(record.urgent ? { crisisResources: crisisResourcesFor(crisisResources, record.locale) } : {}),
    };
    const result = { status: 201, body: response, headers: { location: `/clients/${record.clientId}` } };
    await clientsStore.saveIntake(record, intakeEvent, {
      now,
      idempotency: idempotency && { claim: idempotency, result },
    });
    // No safety data in logs: the id alone (DESIGN §5).
    logger.info('Intake stored', { clientId: record.clientId });
    return result;
  },
  { idempotency: idempotencyRecords(documents, table) },
);
