import * as z from 'zod/mini';
import { EVENT_CATALOG } from './events/catalog.js';
import { Problem } from './problem.js';
import { type RouteDefinition, routeKey } from './route.js';

type Schema = Record<string, unknown>;

function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): Schema {
  // Refinements (time zones, consent literals) have no JSON Schema form; the zod schema stays authoritative.
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Schema;
  return rest;
}

function objectParameters(schema: z.ZodMiniObject | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  const shape = jsonSchema(schema, 'input') as { properties?: Record<string, Schema>; required?: string[] };
  return Object.entries(shape.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (shape.required?.includes(name) ?? false),
    schema: property,
  }));
}

const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

function operation(route: RouteDefinition): Schema {
  const headers = Object.entries(route.headers ?? {}).map(([name, header]) => ({
    name,
    in: 'header',
    required: header.required ?? false,
    description: header.description,
    schema: jsonSchema(header.schema, 'input'),
  }));
  return {
    operationId: route.operationId,
    summary: route.summary,
    'x-lantern-roles': route.auth,
    'x-lantern-rate-class': route.rateClass,
    ...(route.auth === 'public' ? {} : { security: [{ bearer: [] }] }),
    parameters: [...objectParameters(route.params, 'path'), ...objectParameters(route.query, 'query'), ...headers],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(route.body, 'input'), example: route.bodyExample } },
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(route.responses).map(([status, response]) => [
        status,
        Number(status) >= 400
          ? { description: response.description, content: problemContent }
          : {
              description: response.description,
              ...(response.schema
                ? { content: { 'application/json': { schema: jsonSchema(response.schema, 'output') } } }
                : {}),
            },
      ]),
    ),
  };
}

export class OpenApiError extends Error {
  override name = 'OpenApiError';
}

/** The OpenAPI 3.1 document of every Lantern HTTP route, generated from the route values. */
export function buildOpenApiDocument(routes: readonly RouteDefinition[]): Schema {
  const paths: Record<string, Record<string, Schema>> = {};
  const seen = new Set<string>();
  for (const route of [...routes].sort((a, b) => routeKey(a).localeCompare(routeKey(b)))) {
    if (seen.has(route.operationId)) throw new OpenApiError(`operationId ${route.operationId} is used twice`);
    seen.add(route.operationId);
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lantern API',
      version: '0.2.0',
      description: 'Generated from the route values of every service. Errors are RFC 9457 problem+json.',
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Problem: jsonSchema(Problem, 'output') },
    },
    'x-lantern-events': EVENT_CATALOG.map((event) => ({
      source: event.source,
      detailType: event.detailType,
      version: event.version,
      description: event.description,
      dataSchema: jsonSchema(event.data, 'output'),
    })),
  };
}

export const OPENAPI_PATH = new URL('../openapi.json', import.meta.url);

export const renderOpenApi = (routes: readonly RouteDefinition[]): string =>
  `${JSON.stringify(buildOpenApiDocument(routes), null, 2)}\n`;
