import { monotonicFactory } from 'ulid';

const ulid = monotonicFactory();

/** Type-prefixed ULIDs (DESIGN §7). */
export const newSessionId = (): string => `se_${ulid()}`;
export const newSeriesId = (): string => `sr_${ulid()}`;
export const newEventId = (): string => `ev_${ulid()}`;
