import { buildEvent, type IntakeCreated, IntakeRequest, IntakeSubmitted } from '@lantern/contracts';
import { ConflictProblem, httpHandler, logger, ValidationProblem } from '@lantern/runtime';
import * as z from 'zod/mini';
import { intakeSubmittedData, newClientRecord } from '../domain/client.js';
import { crisisResourcesFor, parseCrisisResources } from '../domain/crisis-resources.js';
import { newClientId, newEventId } from '../domain/ids.js';
import { hashRequest, saveIntake } from '../store/clients-store.js';

/** The organisation's crisis resources, from configuration, checked once at cold start. */
const crisisResources = parseCrisisResources(process.env.CRISIS_RESOURCES);

const IdempotencyKey = z
  .string()
  .check(z.regex(/^[\x21-\x7e]{1,255}$/, { message: 'Use 1-255 visible ASCII characters' }));

/** POST /intakes (public): store a client's intake and announce it. */
export const handler = httpHandler({ body: IntakeRequest }, async ({ body, event }) => {
  const keyHeader = event.headers?.['idempotency-key'];
  let idempotency: { key: string; requestHash: string } | undefined;
  if (keyHeader !== undefined) {
    const key = IdempotencyKey.safeParse(keyHeader);
    if (!key.success)
      throw new ValidationProblem([
        { path: 'headers.idempotency-key', message: key.error.issues[0]?.message ?? 'Invalid' },
      ]);
    idempotency = { key: key.data, requestHash: hashRequest(event.body ?? '') };
  }

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

  const saved = await saveIntake(record, intakeEvent, response, idempotency, now);
  if (saved.kind === 'keyReused') {
    throw new ConflictProblem('This Idempotency-Key was already used with a different request.');
  }
  logger.info('Intake stored', {
    clientId: saved.response.clientId,
    urgent: saved.response.urgent,
    replayed: saved.kind === 'replayed',
  });
  return {
    status: 201,
    body: saved.response,
    headers: {
      location: `/clients/${saved.response.clientId}`,
      ...(saved.kind === 'replayed' ? { 'idempotent-replayed': 'true' } : {}),
    },
  };
});
