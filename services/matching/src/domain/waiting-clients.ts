import type { ClientUpdated, ContactChannel, EventData, EventMeta, IntakeSubmitted } from '@lantern/contracts';

/** When a value was set, and by which event: a later stamp wins; the event id breaks a tie. */
export interface Stamp {
  readonly at: string;
  readonly eventId: string;
}

export interface Stamped<T> extends Stamp {
  readonly value: T;
}

type Submitted = EventData<typeof IntakeSubmitted>;

/** What matching knows of a client: the intake profile, and the fields intake may change later. */
export interface WaitingClient {
  readonly clientId: string;
  /** From `IntakeSubmitted`; absent while only a `ClientUpdated` has arrived (events can overtake). */
  readonly intake?: Omit<Submitted, 'clientId' | 'email' | 'phone' | 'contactChannels'>;
  readonly status?: Stamped<string>;
  readonly email?: Stamped<string>;
  readonly phone?: Stamped<string>;
  readonly contactChannels?: Stamped<readonly ContactChannel[]>;
}

/**
 * Statuses in which a client waits for a peer: suggestions are shown and the batch run includes
 * them. `matched`, `active` and `closed` clients are not matched again.
 */
export const WAITING_STATUSES: readonly string[] = ['new', 'in_review', 'waitlisted'];

export type ProjectionChange = { readonly changed: false } | { readonly changed: true; readonly client: WaitingClient };

/*
 * Each field is a last-writer-wins register stamped with its event's time, so folding the same
 * events in any order, any number of times, gives the same record:
 *
 *   IntakeSubmitted(status new, t1) ─┐
 *   ClientUpdated(status waitlisted, t2) ─┴─► status = waitlisted (t2 > t1), whichever came first
 */
export function foldIntakeSubmitted(
  current: WaitingClient | undefined,
  data: Submitted,
  meta: Pick<EventMeta, 'eventId'>,
): ProjectionChange {
  const stamp = { at: data.submittedAt, eventId: meta.eventId };
  const { clientId, email, phone, contactChannels, ...intake } = data;
  const base: WaitingClient = current ?? { clientId };
  const next: WaitingClient = {
    ...base,
    intake: base.intake ?? intake,
    status: newer(base.status, { ...stamp, value: 'new' }),
    email: newer(base.email, { ...stamp, value: email }),
    ...optional('phone', phone === undefined ? base.phone : newer(base.phone, { ...stamp, value: phone })),
    contactChannels: newer(base.contactChannels, { ...stamp, value: contactChannels }),
  };
  return changeOf(current, next);
}

export function foldClientUpdated(
  current: WaitingClient | undefined,
  data: EventData<typeof ClientUpdated>,
  meta: Pick<EventMeta, 'eventId'>,
): ProjectionChange {
  const stamp = { at: data.updatedAt, eventId: meta.eventId };
  const { changes } = data;
  const base: WaitingClient = current ?? { clientId: data.clientId };
  const next: WaitingClient = {
    ...base,
    ...optional(
      'status',
      changes.status === undefined ? base.status : newer(base.status, { ...stamp, value: changes.status }),
    ),
    ...optional(
      'email',
      changes.email === undefined ? base.email : newer(base.email, { ...stamp, value: changes.email }),
    ),
    ...optional(
      'phone',
      changes.phone === undefined ? base.phone : newer(base.phone, { ...stamp, value: changes.phone }),
    ),
    ...optional(
      'contactChannels',
      changes.contactChannels === undefined
        ? base.contactChannels
        : newer(base.contactChannels, { ...stamp, value: changes.contactChannels }),
    ),
  };
  return changeOf(current, next);
}

/** The intake fields a client's matching profile is made of (profiles.ts). */
const PROFILE_FIELDS = [
  'timeZone',
  'languages',
  'modalities',
  'availability',
  'supportAreas',
  'peerPreferences',
  'urgent',
  'submittedAt',
] as const;

/** What a batch run reads of a waiting client: its status and the intake fields of its profile. */
export interface RunCandidate extends Pick<WaitingClient, 'clientId' | 'status'> {
  readonly intake?: Pick<NonNullable<WaitingClient['intake']>, (typeof PROFILE_FIELDS)[number]>;
}

export function runCandidateOf(client: WaitingClient): RunCandidate {
  const { clientId, status, intake } = client;
  return {
    clientId,
    ...(status === undefined ? {} : { status }),
    ...(intake === undefined
      ? {}
      : {
          intake: Object.fromEntries(PROFILE_FIELDS.map((field) => [field, intake[field]])) as RunCandidate['intake'],
        }),
  };
}

/** A client that can be suggested peers and batch-matched: intake known and status waiting. */
export function isWaiting(client: Pick<RunCandidate, 'intake' | 'status'>): boolean {
  return client.intake !== undefined && WAITING_STATUSES.includes(client.status?.value ?? '');
}

/** The name other services greet the client by: the first word of their preferred name. */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

function newer<T>(held: Stamped<T> | undefined, candidate: Stamped<T>): Stamped<T> {
  return held === undefined || compareStamps(candidate, held) > 0 ? candidate : held;
}

export function compareStamps(a: Stamp, b: Stamp): number {
  const byTime = Date.parse(a.at) - Date.parse(b.at);
  if (byTime !== 0) return byTime;
  return a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function changeOf(current: WaitingClient | undefined, next: WaitingClient): ProjectionChange {
  return current !== undefined && sameRecord(current, next) ? { changed: false } : { changed: true, client: next };
}

function sameRecord(a: WaitingClient, b: WaitingClient): boolean {
  return (
    a.intake === b.intake &&
    a.status === b.status &&
    a.email === b.email &&
    a.phone === b.phone &&
    a.contactChannels === b.contactChannels
  );
}
