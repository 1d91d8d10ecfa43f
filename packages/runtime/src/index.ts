export { LAMBDA_BUNDLING } from './bundling.js';
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
export { OUTBOX_PK_PREFIX, outboxRelayFunction } from './outbox-relay-spec.js';
