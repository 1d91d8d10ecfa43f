import type { IntakeCreated, IntakeRequestInput } from '@lantern/contracts';
import { callRoute } from './call-route.js';
import { WEB_ROUTES } from './routes.js';

export function submitIntake(apiUrl: string, body: IntakeRequestInput, idempotencyKey: string): Promise<IntakeCreated> {
  return callRoute(apiUrl, WEB_ROUTES.submitIntake, { body, headers: { 'idempotency-key': idempotencyKey } });
}
