/**
 * A service manifest is the one place that names a service's tables, functions, HTTP routes,
 * event subscriptions, stream consumers and permissions. The CDK app (infra/) and the local cloud
 * (packages/local-cloud) both read manifests; neither declares any of this again.
 */
import type { RouteDefinition } from '@lantern/contracts';
import { type AnyTables, tableEnvVar } from './data/tables.js';
import { LINK_KEYS_VARIABLE } from './signed-token/key-ring.js';

export type { AttributeType, IndexSpec, KeySpec, TableSpec } from './data/tables.js';

export interface SubscriptionSpec {
  /** Rule name, unique within the service. */
  name: string;
  /** An EventBridge event pattern, used verbatim by the CDK rule and the local bus. */
  pattern: Record<string, unknown>;
}

export interface StreamSourceSpec {
  /** Logical table name in this manifest. */
  table: string;
  batchSize: number;
  /** Only records whose NEW_IMAGE partition key begins with this prefix reach the function (Lambda event filtering). */
  partitionKeyPrefix: string;
}

/** What a function may do, by intent; infra turns each into grant methods, nothing wider. */
export type Permission =
  | { kind: 'table'; table: string; access: 'read' | 'readWrite' }
  | { kind: 'publishEvents' }
  | { kind: 'sendEmail' }
  | { kind: 'sendText' }
  /** Signs and verifies links and list cursors with the deployment's key ring. */
  | { kind: 'signLinks' }
  | { kind: 'manageSchedules' };

export interface FunctionSpec {
  /** Absolute path of the handler module; it exports `handler`. */
  entry: string;
  description: string;
  timeoutSeconds?: number;
  memoryMb?: number;
  /** Deploy-time settings beyond what permissions inject; values here are the defaults. */
  environment?: Record<string, string>;
  /** Route values (`defineRoute`), each served by this function's `httpHandler(route, …)`. */
  routes?: readonly RouteDefinition[];
  subscriptions?: SubscriptionSpec[];
  /** The table keeping idempotency records of an event consumer; needed with `subscriptions`. */
  idempotencyTable?: string;
  streamSource?: StreamSourceSpec;
  permissions: Permission[];
  /**
   * esbuild aliases for this function's bundle (module → absolute path), the same in CDK and the
   * local cloud: for leaving out what the function never runs, such as the ICU parser.
   */
  alias?: Record<string, string>;
}

export interface ServiceManifest {
  /** Short name, used in resource names: `intake`. */
  name: string;
  /** The one EventBridge `source` this service may publish. */
  eventSource: string;
  tables: AnyTables;
  functions: Record<string, FunctionSpec>;
}

export class ManifestError extends Error {
  override name = 'ManifestError';
}

const grantsTable = (fn: FunctionSpec, table: string, access?: 'readWrite') =>
  fn.permissions.some((p) => p.kind === 'table' && p.table === table && (!access || p.access === access));

/** Checks the cross-references a manifest makes, so a typo fails at load, not at deploy. */
export function defineService<const T extends ServiceManifest>(manifest: T): T {
  const problems: string[] = [];
  for (const [fnName, fn] of Object.entries(manifest.functions)) {
    for (const permission of fn.permissions) {
      if (permission.kind === 'table' && !(permission.table in manifest.tables)) {
        problems.push(`function ${fnName} is granted unknown table ${permission.table}`);
      }
    }
    if (fn.streamSource && !manifest.tables[fn.streamSource.table]?.stream) {
      problems.push(`function ${fnName} reads the stream of ${fn.streamSource.table}, which has no stream`);
    }
    if (fn.subscriptions?.length) {
      const table = fn.idempotencyTable;
      if (!table) problems.push(`function ${fnName} consumes events but names no idempotencyTable`);
      else if (!grantsTable(fn, table, 'readWrite')) {
        problems.push(`function ${fnName} keeps idempotency records in ${table} without readWrite access to it`);
      } else if (!manifest.tables[table]?.ttlAttribute) {
        problems.push(`idempotency table ${table} of ${fnName} needs a ttlAttribute`);
      }
    }
  }
  if (problems.length > 0)
    throw new ManifestError(`Manifest ${manifest.name} is inconsistent:\n- ${problems.join('\n- ')}`);
  return manifest;
}

/**
 * The names of AWS resources a permission needs at run time, each injected as the environment
 * variable named here, so a handler never asks for one its manifest did not grant.
 */
export const RESOURCE_ENV = {
  sendEmail: { senderEmail: 'SENDER_EMAIL', configurationSet: 'SES_CONFIGURATION_SET' },
  sendText: { originationIdentity: 'SMS_ORIGINATION_IDENTITY', configurationSet: 'SMS_CONFIGURATION_SET' },
  manageSchedules: { group: 'SCHEDULE_GROUP_NAME', roleArn: 'SCHEDULER_ROLE_ARN', busArn: 'SCHEDULE_TARGET_BUS_ARN' },
  signLinks: { keyRing: LINK_KEYS_VARIABLE },
} as const;

type ResourceNames = { [K in keyof typeof RESOURCE_ENV]: Record<keyof (typeof RESOURCE_ENV)[K], string> };

/** What the caller (CDK or the local cloud) resolved: physical names and deploy-time values. */
export interface ResolvedResources extends ResourceNames {
  tableNames: Record<string, string>;
  busName: string;
  /** Deploy-time values for the functions' `environment` keys. */
  config?: Record<string, string>;
}

/**
 * Environment variables a function receives, the same in AWS and locally: one per table it is
 * granted, the bus and its source when it publishes, the resource names each other permission
 * needs, and its own `environment` (deploy-time values override the manifest's defaults).
 */
export function functionEnvironment(
  manifest: ServiceManifest,
  fn: FunctionSpec,
  resolved: ResolvedResources,
): Record<string, string> {
  const env: Record<string, string> = {
    POWERTOOLS_SERVICE_NAME: manifest.name,
    LANTERN_EVENT_SOURCE: manifest.eventSource,
  };
  for (const permission of fn.permissions) {
    if (permission.kind === 'table') {
      const name = resolved.tableNames[permission.table];
      if (!name) throw new ManifestError(`${manifest.name}: table ${permission.table} was not resolved`);
      env[tableEnvVar(permission.table)] = name;
    } else if (permission.kind === 'publishEvents') {
      env.LANTERN_EVENT_BUS = resolved.busName;
    } else {
      const names = RESOURCE_ENV[permission.kind] as Record<string, string>;
      const values = resolved[permission.kind] as Record<string, string>;
      for (const [key, variable] of Object.entries(names)) env[variable] = values[key] ?? '';
    }
  }
  for (const [key, value] of Object.entries(fn.environment ?? {})) {
    env[key] = resolved.config?.[key] ?? value;
  }
  return env;
}

/** Every route value the manifests serve, in manifest order. */
export function manifestRoutes(manifests: readonly ServiceManifest[]): RouteDefinition[] {
  return manifests.flatMap((manifest) => Object.values(manifest.functions).flatMap((fn) => [...(fn.routes ?? [])]));
}
