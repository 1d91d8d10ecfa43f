export { LAMBDA_BUNDLING } from './bundling.js';
export {
  ConflictProblem,
  ForbiddenProblem,
  HttpProblem,
  MalformedJsonProblem,
  NotFoundProblem,
  UnauthorizedProblem,
  ValidationProblem,
} from './errors.js';
export type { EventHandlerOptions, ReceivedEvent } from './events/handler.js';
export { eventHandler } from './events/handler.js';
export { authContextFromClaims, mayCall, parseGroups } from './http/authorize.js';
export { fieldProblems, MAX_BODY_BYTES } from './http/contract.js';
export { httpHandler } from './http/handler.js';
export type { AuthContext, HttpEvent, HttpResponse, HttpResult } from './http/types.js';
export type {
  FunctionSpec,
  HttpMethod,
  IndexSpec,
  KeySpec,
  Permission,
  Role,
  RouteSpec,
  ServiceManifest,
  StreamSourceSpec,
  SubscriptionSpec,
  TableSpec,
} from './manifest.js';
export { defineService, functionEnvironment, ROLES } from './manifest.js';
export { logger, REDACTED, redactPersonalData } from './observability/logger.js';
export { metrics } from './observability/metrics.js';
export { tracer } from './observability/tracer.js';
export type { DocumentTransactItem, OutboxItem } from './outbox/outbox.js';
export { outboxItem, writeWithOutbox } from './outbox/outbox.js';
export { relayOutbox } from './outbox/relay.js';
export { OUTBOX_PK_PREFIX, outboxRelayFunction } from './outbox-relay-spec.js';
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
