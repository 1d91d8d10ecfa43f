import { monotonicFactory } from 'ulid';

const ulid = monotonicFactory();

/** Type-prefixed ULIDs (DESIGN §7): sortable by creation time, readable by kind. */
export const newPeerId = (): string => `pr_${ulid()}`;
export const newMatchId = (): string => `ma_${ulid()}`;
export const newRunId = (): string => `run_${ulid()}`;
export const newEventId = (): string => `ev_${ulid()}`;
