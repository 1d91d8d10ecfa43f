import { monotonicFactory } from 'ulid';

const ulid = monotonicFactory();

/** Type-prefixed ULIDs (DESIGN §7): sortable by creation time, readable by kind. */
export const newGoalId = (): string => `go_${ulid()}`;
export const newPlanId = (): string => `pl_${ulid()}`;
export const newNoteId = (): string => `no_${ulid()}`;
export const newContactId = (): string => `ck_${ulid()}`;
export const newConcernId = (): string => `cn_${ulid()}`;
export const newEventId = (): string => `ev_${ulid()}`;
export const newAuditId = (): string => ulid();
