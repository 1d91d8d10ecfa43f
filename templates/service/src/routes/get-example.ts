import { answer, defineRoute, problems } from '@lantern/contracts';
import { Example, ExampleIdParams } from '../contract.js';

export const getExampleRoute = defineRoute({
  operationId: 'getExample',
  summary: 'Read an example',
  method: 'GET',
  path: '/examples/{exampleId}',
  auth: ['coordinator'],
  rateClass: 'staff',
  params: ExampleIdParams,
  responses: { 200: answer('The example, with its version as ETag', Example), ...problems(400, 401, 403, 404) },
});
