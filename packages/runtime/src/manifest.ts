/**
 * A service manifest is the one place that names a service's tables, functions, HTTP routes,
 * event subscriptions, stream consumers and permissions. The CDK app (infra/) and the local cloud
 * (packages/local-cloud) both read manifests; neither declares any of this again.
 */

export const ROLES = ['coordinator', 'peer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type AttributeType = 'S' | 'N';

export interface KeySpec {
  name: string;
  type: AttributeType;
}

export interface IndexSpec {
  /** Global secondary index name, named after its access pattern (e.g. `byQueue`). */
  name: string;
  partitionKey: KeySpec;
  sortKey?: KeySpec;
}

export interface TableSpec {
  /** Environment variable through which functions learn the table's physical name. */
  envVar: string;
  partitionKey: KeySpec;
  sortKey?: KeySpec;
  indexes?: IndexSpec[];
  /** Attribute holding an epoch-seconds expiry (DynamoDB TTL). */
  ttlAttribute?: string;
  /** Streams feed the outbox relay; `NEW_IMAGE` is all the relay needs. */
  stream?: 'NEW_IMAGE';
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSpec {
  method: HttpMethod;
  /** API Gateway path syntax: `/clients/{clientId}`. */
  path: string;
  /** `public` needs no token; otherwise any of these `cognito:groups` (admin implies coordinator). */
  auth: 'public' | readonly Role[];
}

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
  /** Only records whose NEW_IMAGE `pk` begins with this prefix reach the function (Lambda event filtering). */
  partitionKeyPrefix: string;
}

/** What a function may do, by intent; infra turns each into grant methods, nothing wider. */
export type Permission =
  | { kind: 'table'; table: string; access: 'read' | 'readWrite' }
  | { kind: 'publishEvents' }
  | { kind: 'sendEmail' }
  | { kind: 'manageSchedules' };

export interface FunctionSpec {
  /** Absolute path of the handler module; it exports `handler`. */
  entry: string;
  description: string;
  timeoutSeconds?: number;
  memoryMb?: number;
  /** Extra environment beyond table names, bus and service defaults; values are deploy-time config. */
  environment?: Record<string, string>;
  routes?: RouteSpec[];
  subscriptions?: SubscriptionSpec[];
  streamSource?: StreamSourceSpec;
  permissions: Permission[];
}

export interface ServiceManifest {
  /** Short name, used in resource names: `intake`. */
  name: string;
  /** The one EventBridge `source` this service may publish. */
  eventSource: string;
  tables: Record<string, TableSpec>;
  functions: Record<string, FunctionSpec>;
}

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
    for (const route of fn.routes ?? []) {
      if (!route.path.startsWith('/')) problems.push(`route ${route.method} ${route.path} must start with /`);
    }
  }
  if (problems.length > 0) throw new Error(`Manifest ${manifest.name} is inconsistent:\n- ${problems.join('\n- ')}`);
  return manifest;
}

/**
 * Environment variables a function receives, the same in AWS and locally: one per table it is
 * granted, the bus and its source when it publishes, its routes' roles (`LANTERN_ROUTE_ROLES`) and
 * its own `environment`.
 * `tableNames` and `busName` are physical names the caller (CDK or the local cloud) resolved.
 */
export function functionEnvironment(
  manifest: ServiceManifest,
  fn: FunctionSpec,
  resolved: { tableNames: Record<string, string>; busName: string; config?: Record<string, string> },
): Record<string, string> {
  const env: Record<string, string> = {
    POWERTOOLS_SERVICE_NAME: manifest.name,
    LANTERN_EVENT_SOURCE: manifest.eventSource,
  };
  for (const permission of fn.permissions) {
    if (permission.kind === 'table') {
      const table = manifest.tables[permission.table];
      const name = resolved.tableNames[permission.table];
      if (table && name) env[table.envVar] = name;
    }
    if (permission.kind === 'publishEvents') env.LANTERN_EVENT_BUS = resolved.busName;
  }
  if (fn.routes?.length) {
    // API Gateway's JWT authorizer checks the token; the function checks the caller's groups.
    env.LANTERN_ROUTE_ROLES = JSON.stringify(
      Object.fromEntries(fn.routes.map((route) => [`${route.method} ${route.path}`, route.auth])),
    );
  }
  for (const [key, value] of Object.entries(fn.environment ?? {})) {
    env[key] = resolved.config?.[key] ?? value;
  }
  return env;
}
