import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { EXAMPLE_INTAKE, type IntakeRequestInput } from '@lantern/contracts';
import { inject } from 'vitest';

export const api = () => inject('lantern').api;

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

// biome-ignore lint/suspicious/noExplicitAny: each test reads the fields it asserts on
export async function call<T = any>(
  method: string,
  path: string,
  options: { body?: unknown; rawBody?: string; token?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] ??= 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(`${api()}${path}`, {
    method,
    headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

const tokens = new Map<string, string>();

/** An access token for a seeded user, from the local issuer. */
export async function tokenFor(username: 'coordinator@example.org' | 'peer@example.org' | 'admin@example.org') {
  const cached = tokens.get(username);
  if (cached) return cached;
  const response = await call<{ access_token: string }>('POST', '/_local/token', { body: { username } });
  if (response.status !== 200) throw new Error(`No token for ${username}: ${response.status}`);
  tokens.set(username, response.body.access_token);
  return response.body.access_token;
}

let counter = 0;

/** A valid intake with a unique address, so each test finds its own email. */
export function intake(overrides: Partial<IntakeRequestInput> = {}): IntakeRequestInput {
  counter += 1;
  return { ...EXAMPLE_INTAKE, email: `client-${Date.now()}-${counter}@example.net`, ...overrides };
}

export interface CapturedEmail {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  sentAt: string;
}

export async function emailsTo(address: string): Promise<CapturedEmail[]> {
  const response = await call<{ items: CapturedEmail[] }>('GET', '/_local/emails');
  return response.body.items.filter((email) => email.to.some((to) => to.includes(address)));
}

export interface BusEvent {
  id: string;
  source: string;
  'detail-type': string;
  detail: { meta: { eventId: string }; data: Record<string, unknown> };
}

export async function busEvents(): Promise<BusEvent[]> {
  return (await call<{ items: BusEvent[] }>('GET', '/_local/events')).body.items;
}

export { eventually } from '@lantern/local-cloud/testing';

/** Waits long enough for anything in flight to have arrived, then returns what did. */
export async function settle<T>(read: () => Promise<T>, ms = 1500): Promise<T> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  return read();
}

/** Resolved names and endpoints of the running local cloud (table names, bus, AWS endpoints). */
export const cloudConfig = () => inject('lantern').config;

export interface AuditEntry {
  action: string;
  actor: { username: string };
  at: string;
  sourceIp?: string;
  changedFields?: string[];
}

/** The audit entries intake kept for a client, oldest first (read straight from its table). */
export async function auditEntries(clientId: string): Promise<AuditEntry[]> {
  const config = cloudConfig();
  const documents = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: config.AWS_ENDPOINT_URL_DYNAMODB,
      region: config.AWS_REGION,
      credentials: {
        accessKeyId: config.AWS_ACCESS_KEY_ID ?? 'local',
        secretAccessKey: config.AWS_SECRET_ACCESS_KEY ?? 'local',
      },
    }),
  );
  const result = await documents.send(
    new QueryCommand({
      TableName: config.LANTERN_TABLE_INTAKE_MAIN,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
      ExpressionAttributeValues: { ':pk': `CLIENT#${clientId}`, ':audit': 'AUDIT#' },
    }),
  );
  return (result.Items ?? []) as AuditEntry[];
}
