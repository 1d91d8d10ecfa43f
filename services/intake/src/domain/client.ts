import {
  type ClientRecord,
  type ClientStatus,
  canChangeStatusByHand,
  type EventData,
  type IntakeRequest,
  type IntakeSubmitted,
  STATUSES_SET_BY_EVENTS,
} from '@lantern/contracts';

export type UrgentReason = ClientRecord['urgentReasons'][number];

/** Safety answers that signal immediate risk; any one makes the client urgent. */
export function urgentReasonsOf(safety: IntakeRequest['safety']): UrgentReason[] {
  const reasons: UrgentReason[] = [];
  if (safety.immediateDanger) reasons.push('immediate_danger');
  if (safety.riskToOthers) reasons.push('risk_to_others');
  if (safety.thoughtsOfSelfHarm) reasons.push('thoughts_of_self_harm');
  return reasons;
}

/** A new client record from a valid intake: status `new`, consents recorded with the time. */
export function newClientRecord(intake: IntakeRequest, clientId: string, now: Date): ClientRecord {
  const at = now.toISOString();
  const urgentReasons = urgentReasonsOf(intake.safety);
  return {
    ...intake,
    clientId,
    status: 'new',
    urgent: urgentReasons.length > 0,
    urgentReasons,
    consents: { ...intake.consents, recordedAt: at },
    createdAt: at,
    updatedAt: at,
    statusHistory: [{ status: 'new', at, by: 'client' }],
    version: 1,
  };
}

/** What other services need to know of a new client. Safety answers stay here; only `urgent` goes. */
export function intakeSubmittedData(record: ClientRecord): EventData<typeof IntakeSubmitted> {
  return {
    clientId: record.clientId,
    preferredName: record.preferredName,
    ...(record.pronouns ? { pronouns: record.pronouns } : {}),
    email: record.email,
    ...(record.phone ? { phone: record.phone } : {}),
    contactChannels: record.contactChannels,
    locale: record.locale,
    timeZone: record.timeZone,
    languages: record.languages,
    supportAreas: record.supportAreas,
    modalities: record.modalities,
    availability: record.availability,
    peerPreferences: record.peerPreferences,
    urgent: record.urgent,
    submittedAt: record.createdAt,
  };
}

/**
 * The queue order as one sortable string: urgent first (`0` sorts before `1`), then oldest first;
 * the id makes keys unique when two intakes share a millisecond.
 */
export function queueSortKey(record: Pick<ClientRecord, 'urgent' | 'createdAt' | 'clientId'>): string {
  return `${record.urgent ? '0' : '1'}#${record.createdAt}#${record.clientId}`;
}

export class StatusChangeError extends Error {
  constructor(
    readonly from: ClientStatus,
    readonly to: ClientStatus,
  ) {
    super(
      STATUSES_SET_BY_EVENTS.includes(to)
        ? `A client becomes ${to} only when a match is confirmed, not by hand.`
        : `A client cannot go from ${from} to ${to}.`,
    );
    this.name = 'StatusChangeError';
  }
}

/** A coordinator's status change, by the shared rules (`@lantern/contracts` client-status). */
export function changeStatus(
  record: ClientRecord,
  to: ClientStatus,
  change: { reason: string; by: string; now: Date },
): ClientRecord {
  if (!canChangeStatusByHand(record.status, to)) throw new StatusChangeError(record.status, to);
  const at = change.now.toISOString();
  return {
    ...record,
    status: to,
    updatedAt: at,
    statusHistory: [...record.statusHistory, { status: to, at, by: change.by, reason: change.reason }],
  };
}
