/** Why the domain refuses a change; a handler maps each to its problem+json status. */
export const REFUSALS = {
  /** 409: the match ended, is unknown, or the peer is not active. */
  matchNotActive: 'match_not_active',
  /** 400: the modality is not one both people use. */
  modalityNotShared: 'modality_not_shared',
  /** 400: a start before now. */
  startInPast: 'start_in_past',
  /** 409: the session has started, was cancelled or recorded: it can no longer move or be cancelled. */
  notChangeable: 'not_changeable',
  /** 409: an outcome before the session started, or on a cancelled one. */
  outcomeTooEarly: 'outcome_too_early',
  outcomeOfCancelled: 'outcome_of_cancelled',
  /** 409: every occurrence was skipped (time off): nothing to book. */
  nothingToBook: 'nothing_to_book',
} as const;
export type RefusalCode = (typeof REFUSALS)[keyof typeof REFUSALS];

export class SchedulingRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'SchedulingRefusal';
  }
}
