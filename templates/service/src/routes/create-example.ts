import { answer, defineRoute, idempotencyKeyHeader, problems } from '@lantern/contracts';
import { Example, ExampleInput } from '../contract.js';

export const createExampleRoute = defineRoute({
  operationId: 'createExample',
  summary: 'Create an example',
  method: 'POST',
  path: '/examples',
  auth: ['coordinator'],
  rateClass: 'staff',
  body: ExampleInput,
  bodyExample: { title: 'A first example' },
  headers: idempotencyKeyHeader,
  responses: { 201: answer('The example as stored', Example), ...problems(400, 401, 403) },
});
