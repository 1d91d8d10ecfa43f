import { IntakeCreated, type IntakeRequestInput } from '@lantern/contracts';
import { apiRequest } from './http.js';

export async function submitIntake(
  apiUrl: string,
  body: IntakeRequestInput,
  idempotencyKey: string,
): Promise<IntakeCreated> {
  const created = await apiRequest(apiUrl, '/intakes', {
    method: 'POST',
    body,
    headers: { 'idempotency-key': idempotencyKey },
  });
  return IntakeCreated.parse(created);
}
