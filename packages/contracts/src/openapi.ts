import * as z from 'zod/mini';
import { EVENT_CATALOG } from './events/catalog.js';
import { EXAMPLE_INTAKE } from './examples.js';
import {
  ClientList,
  ClientRecord,
  IntakeCreated,
  IntakeRequest,
  ListClientsQuery,
  PatchClientRequest,
} from './intake.js';
import { Problem } from './problem.js';

type Schema = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const schemas = { IntakeRequest, IntakeCreated, ClientRecord, ClientList, PatchClientRequest, Problem } as const;

function componentSchema(schema: z.ZodMiniType, io: 'input' | 'output'): Schema {
  // Refinements (time zones, consent literals) have no JSON Schema form; the zod schema stays authoritative.
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Schema;
}

function queryParameters(schema: z.ZodMiniObject) {
  const shape = componentSchema(schema, 'input') as { properties?: Record<string, Schema>; required?: string[] };
  return Object.entries(shape.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: shape.required?.includes(name) ?? false,
    schema: property,
  }));
}

const clientIdParameter = {
  name: 'clientId',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^cl_[0-9A-HJKMNP-TV-Z]{26}$' },
};
const bearer = [{ bearer: [] }];
const authProblems = {
  '401': problem('Missing or invalid token'),
  '403': problem('Not allowed for this role or relationship'),
};

/** The OpenAPI 3.1 document of every Lantern HTTP route, generated from the contract schemas. */
export function buildOpenApiDocument(): Schema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lantern API',
      version: '0.1.0',
      description: 'Generated from packages/contracts. Errors are RFC 9457 problem+json.',
    },
    paths: {
      '/intakes': {
        post: {
          operationId: 'submitIntake',
          summary: 'Submit an intake (public)',
          parameters: [
            { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 } },
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('IntakeRequest'), example: EXAMPLE_INTAKE } },
          },
          responses: {
            '201': {
              description: 'Stored; crisisResources present when a safety answer signals risk',
              content: json('IntakeCreated'),
            },
            '400': problem('Invalid body; nothing stored'),
            '409': problem('Idempotency-Key reused with another body'),
            '413': problem('Body too large'),
            '415': problem('Body is not JSON'),
          },
        },
      },
      '/clients': {
        get: {
          operationId: 'listClients',
          summary: "The coordinator's queue: urgent first, then oldest first",
          security: bearer,
          parameters: queryParameters(ListClientsQuery),
          responses: {
            '200': { description: 'A page', content: json('ClientList') },
            '400': problem('Invalid query'),
            ...authProblems,
          },
        },
      },
      '/clients/{clientId}': {
        get: {
          operationId: 'getClient',
          summary: 'Read a client record (coordinator, or the client’s peer); audited',
          security: bearer,
          parameters: [clientIdParameter],
          responses: {
            '200': { description: 'The record', content: json('ClientRecord') },
            '404': problem('No such client'),
            ...authProblems,
          },
        },
        patch: {
          operationId: 'updateClient',
          summary: 'Change status (with a reason) or contact details',
          security: bearer,
          parameters: [clientIdParameter],
          requestBody: { required: true, content: json('PatchClientRequest') },
          responses: {
            '200': { description: 'The updated record', content: json('ClientRecord') },
            '400': problem('Invalid body'),
            '404': problem('No such client'),
            '409': problem('Status change not allowed, or changed meanwhile'),
            ...authProblems,
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([name, schema]) => [
          name,
          componentSchema(schema, name.endsWith('Request') ? 'input' : 'output'),
        ]),
      ),
    },
    'x-lantern-events': EVENT_CATALOG.map((event) => ({
      source: event.source,
      detailType: event.detailType,
      version: event.version,
      description: event.description,
      dataSchema: componentSchema(event.data, 'output'),
    })),
  };
}

export const OPENAPI_PATH = new URL('../openapi.json', import.meta.url);

export const renderOpenApi = (): string => `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
