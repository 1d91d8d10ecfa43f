export { LAMBDA_BUNDLING } from './bundling.js';
export type { CursorCodec } from './data/cursor.js';
export { cursorCodec } from './data/cursor.js';
export { documentClient } from './data/document-client.js';
export type {
  AnyTables,
  AttributeType,
  IndexAccess,
  IndexSpec,
  KeySpec,
  TableAccess,
  TableSpec,
} from './data/tables.js';
export { defineTables, TableAccessError, tableAccess, tableEnvVar } from './data/tables.js';
export {
  ConflictProblem,
  DomainError,
  ForbiddenProblem,
  HttpProblem,
  MalformedJsonProblem,
  NotFoundProblem,
  PreconditionFailedProblem,
  UnauthorizedProblem,
  ValidationProblem,
} from './errors.js';
export type { EventHandlerOptions, ReceivedEvent } from './events/handler.js';
export { eventHandler } from './events/handler.js';
export { callerOf, rolesFromGroups } from './http/authorize.js';
export { fieldProblems, MAX_BODY_BYTES } from './http/contract.js';
export type { HttpHandlerOptions, RouteHandlerFn } from './http/handler.js';
export { httpHandler } from './http/handler.js';
export type { IdempotencyClaim, IdempotencyOptions } from './http/idempotency.js';
export { IdempotencyKeyTakenError } from './http/idempotency.js';
export { idempotencyRecords } from './http/idempotency-records.js';
export type { Refusal, RefusalAudit } from './http/refusal-audit.js';
export type { Caller, HttpEvent, HttpResponse, HttpResult, RouteRequest } from './http/types.js';
export type {
  FunctionSpec,
  Permission,
  ResolvedResources,
  ServiceManifest,
  StreamSourceSpec,
  SubscriptionSpec,
} from './manifest.js';
export { defineService, functionEnvironment, ManifestError, manifestRoutes, RESOURCE_ENV } from './manifest.js';
export { logger, REDACTED, redactPersonalData } from './observability/logger.js';
export { metrics } from './observability/metrics.js';
export type { DocumentTransactItem, OutboxItem, OutboxWriteOptions } from './outbox/outbox.js';
export { failedConditions, outboxItem, writeWithOutbox } from './outbox/outbox.js';
export { relayOutbox } from './outbox/relay.js';
export { OUTBOX_PK_PREFIX, outboxRelayFunction } from './outbox-relay-spec.js';
export { type RouteFunctionOptions, routeFunctions } from './route-functions.js';
export type {
  KeyRing,
  SigningKey,
  TokenCheck,
  TokenClaims,
  TokenPurpose,
  TokenRefusal,
} from './signed-token/index.js';
export {
  KeyRingConfigError,
  keyRingFromEnvironment,
  LINK_KEYS_VARIABLE,
  parseKeyRing,
  signToken,
  TOKEN_PURPOSES,
  TOKEN_REFUSALS,
  verifyToken,
} from './signed-token/index.js';
