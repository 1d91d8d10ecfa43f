export { InvalidInstanceError, MatchingEngineError, ObjectiveTooLargeError } from './errors.js';
export { maxWeightAssignment } from './solver/max-weight-assignment.js';
