import { monotonicFactory } from 'ulid';

const ulid = monotonicFactory();

/** Type-prefixed ULIDs (DESIGN §7): sortable by creation time, readable by kind. */
export const newClientId = (): string => `cl_${ulid()}`;
export const newEventId = (): string => `ev_${ulid()}`;
export const newAuditId = (): string => ulid();
