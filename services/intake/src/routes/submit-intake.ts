import {
  answer,
  defineRoute,
  EXAMPLE_INTAKE,
  IntakeCreated,
  IntakeRequest,
  idempotencyKeyHeader,
  problems,
} from '@lantern/contracts';

export const submitIntakeRoute = defineRoute({
  operationId: 'submitIntake',
  summary: 'Submit an intake (public)',
  method: 'POST',
  path: '/intakes',
  auth: 'public',
  rateClass: 'anonymousWrite',
  body: IntakeRequest,
  bodyExample: EXAMPLE_INTAKE,
  headers: idempotencyKeyHeader,
  responses: {
    201: answer('Stored; crisisResources present when a safety answer signals risk', IntakeCreated),
    ...problems(400, 409, 413, 415),
  },
});
