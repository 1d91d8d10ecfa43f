export {
  CLIENT_STATUSES,
  ClientId,
  ClientStatus,
  CONTACT_CHANNELS,
  ContactChannel,
  canonicalTimeZone,
  Email,
  isKnownTimeZone,
  LanguageCode,
  LOCALES,
  Locale,
  MODALITIES,
  Modality,
  minutesOfDay,
  PEER_PREFERENCE_ATTRIBUTES,
  PeerPreference,
  Phone,
  personText,
  SUPPORT_AREAS,
  SupportArea,
  TimeZone,
  WEEKDAYS,
  Weekday,
  WeeklyWindow,
} from './common.js';
export {
  ClientUpdated,
  EVENT_CATALOG,
  IntakeSubmitted,
  MatchConfirmed,
  MatchEnded,
  PeerUpdated,
  SOURCES,
} from './events/catalog.js';
export type { EventData, EventDefinition, EventDetail, OutgoingEvent } from './events/envelope.js';
export {
  buildEvent,
  defineEvent,
  EventBridgeEnvelope,
  EventContractError,
  EventMeta,
  parseEvent,
} from './events/envelope.js';
export {
  EXAMPLE_CREATE_MATCH,
  EXAMPLE_END_MATCH,
  EXAMPLE_INTAKE,
  EXAMPLE_PEER,
  EXAMPLE_PEER_AVAILABILITY,
} from './examples.js';
export {
  allowedHeaders,
  BASE_REQUEST_HEADERS,
  IDEMPOTENCY_KEY_HEADER,
  IdempotencyKey,
  IF_MATCH_HEADER,
  IfMatch,
  idempotencyKeyHeader,
  ifMatchHeader,
  requestHeaders,
} from './headers.js';
export type { IntakeRequestInput } from './intake.js';
export {
  ClientIdParams,
  ClientList,
  ClientRecord,
  ClientSummary,
  CrisisResource,
  CrisisResourcesByLocale,
  DEFAULT_CRISIS_RESOURCES,
  IntakeCreated,
  IntakeRequest,
  ListClientsQuery,
  PatchClientRequest,
  SafetyAnswers,
  URGENT_REASONS,
  UrgentReason,
} from './intake.js';
export type { MatchingProposal, PeerInputBody } from './matching.js';
export {
  ApplyRunResult,
  Availability,
  CONFIRM_REFUSALS,
  ConfirmRefusal,
  CreateMatchRequest,
  ENDED_BY,
  EndedBy,
  EndMatchRequest,
  ExcludedPeer,
  ListMatchesQuery,
  ListPeersQuery,
  MATCH_STATUSES,
  Match,
  MatchId,
  MatchingRun,
  MatchList,
  MatchReason,
  MatchStatus,
  Peer,
  PeerAvailabilityRequest,
  PeerId,
  PeerInput,
  PeerList,
  RunAssignment,
  RunConflict,
  RunId,
  RunObjective,
  Suggestion,
  Suggestions,
  TimeOffList,
} from './matching.js';
export {
  ClientProfile,
  EXCLUSION_KINDS,
  ExclusionKind,
  INELIGIBILITY_CODES,
  IneligibilityCode,
  MATCH_CRITERIA,
  MatchCriterion,
  PairExclusion,
  PEER_STATUSES,
  PeerProfile,
  PeerStatus,
  Specialty,
  TimeOff,
} from './matching-profiles.js';
export { FieldProblem, PROBLEM_TYPES, Problem } from './problem.js';
export type { HttpMethod, RateClass, RouteDefinition, RouteHeader, RouteResponse } from './route.js';
export { answer, defineRoute, fillPath, problems, RouteDefinitionError, routeKey, successStatus } from './route.js';
export {
  canChangeStatusByHand,
  STATUS_TRANSITIONS,
  STATUSES_SET_BY_EVENTS,
  statusesOfferedFrom,
} from './rules/client-status.js';
export { needsPhone } from './rules/contact.js';
export type { Role, RouteAuth } from './rules/roles.js';
export { actsAs, isRole, mayCall, ROLES } from './rules/roles.js';
