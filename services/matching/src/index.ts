export type { ConfirmationState, ConfirmDecision, Refusal } from './domain/confirm.js';
export { decideConfirmation } from './domain/confirm.js';
export { IncompleteRecordError, MatchingDomainError } from './domain/errors.js';
export type { EndOutcome, NewMatch } from './domain/matches.js';
export { confirmedMatch, endMatch, matchConfirmedData, matchEndedData } from './domain/matches.js';
export type { CoordinatorOnlyField, PeerChange, PeerEditor } from './domain/peers.js';
export { COORDINATOR_ONLY_FIELDS, createPeer, peerUpdatedData, replacePeer, setAvailability } from './domain/peers.js';
export { activeMatchOf, clientEndedPeers, clientProfileOf, peerProfileOf, rosterPeerOf } from './domain/profiles.js';
export type { ApplyPlan, MatchingState, RunInput } from './domain/runs.js';
export { planApply, proposeRun } from './domain/runs.js';
export type { SuggestionInput } from './domain/suggestions.js';
export { suggestionsFor } from './domain/suggestions.js';
export type { ProjectionChange, Stamp, Stamped, WaitingClient } from './domain/waiting-clients.js';
export {
  compareStamps,
  firstNameOf,
  foldClientUpdated,
  foldIntakeSubmitted,
  isWaiting,
  WAITING_STATUSES,
} from './domain/waiting-clients.js';
export { matchingManifest } from './manifest.js';
