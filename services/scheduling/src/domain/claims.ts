/**
 * Time claims: how a booking makes double booking impossible under concurrency (ADR 0033).
 *
 * A person's booked time is kept in **claim items, one per person per 28-day bucket** (epoch
 * minutes / 40,320). Each holds the person's `[start, end)` entries in that bucket and a version.
 * A booking reads the claims it needs, checks for clashes here, and writes every claim it changes
 * in the same `TransactWriteItems` as its sessions and outbox item, each claim guarded by
 * `version = :read` (or `attribute_not_exists` for a new one). Two bookings that could overlap
 * share a person and an instant, so they touch the same claim item: one commits, the other's
 * condition fails and it re-reads, where it sees the clash (409) or none (it commits on retry).
 *
 *   booking A (Tue 18:00, peer P)       claim P#1542 (v7)         booking B (Tue 18:30, peer P)
 *   read P#1542 ──────────────────────► v7, entries [...]  ◄───── read P#1542
 *   no clash in v7                                                no clash in v7
 *   Transact: put sessions, outbox,                              .
 *     P#1542 := v8 [... A]  if v = 7 ─► v8 ✓ committed            .
 *                                                                 Transact: ... P#1542 := v8 [... B]
 *                                      v8 ≠ 7: cancelled ✗ ◄─────   if v = 7 (nothing written)
 *                                                                 re-read P#1542 (v8): B clashes with A
 *                                                                 → 409 conflicts [{start, sessionId: A}]
 *
 * Sizes: a 52-week series spans at most 14 buckets per person, so 28 claims + 52 sessions + 1
 * outbox = 81 items, within the 100-item limit of one transaction: the series stays all-or-nothing.
 * Moving or cancelling "this and following" (≤ 51 sessions) touches the old and new buckets of
 * both people, which for a move of up to a few weeks is again ≤ 32 claims.
 */
export const CLAIM_BUCKET_MINUTES = 28 * 1440;
export const MAX_TRANSACTION_ITEMS = 100;

/** Time a session occupies, for each of its people (epoch minutes, half-open). */
export interface Occupancy {
  sessionId: string;
  start: number;
  end: number;
  people: readonly string[];
}

export interface ClaimEntry {
  sessionId: string;
  start: number;
  end: number;
}

/** One claim item as read: `version` 0 means the item does not exist yet. */
export interface Claim {
  personId: string;
  bucket: number;
  version: number;
  entries: readonly ClaimEntry[];
}

/** A claim to write: put `entries` with `version + 1`, if the stored version is still `version`. */
export interface ClaimWrite {
  personId: string;
  bucket: number;
  /** 0: only if the item does not exist. */
  expectedVersion: number;
  entries: ClaimEntry[];
}

export interface ClaimConflict {
  /** Start of the requested occurrence that clashes. */
  start: number;
  /** The existing session it clashes with. */
  sessionId: string;
}

export type ClaimPlan = { ok: true; writes: ClaimWrite[] } | { ok: false; conflicts: ClaimConflict[] };

export const claimKey = (personId: string, bucket: number): string => `${personId}#${bucket}`;

/** Buckets an interval touches (an entry across a bucket edge is kept in both). */
export function bucketsOf(start: number, end: number): number[] {
  const first = Math.floor(start / CLAIM_BUCKET_MINUTES);
  const last = Math.floor((end - 1) / CLAIM_BUCKET_MINUTES);
  const buckets: number[] = [];
  for (let bucket = first; bucket <= last; bucket++) buckets.push(bucket);
  return buckets;
}

/** Every claim a change needs to read and write: those of the time it takes and of the time it frees. */
export function claimsNeeded(adding: readonly Occupancy[], releasing: readonly Occupancy[] = []): string[] {
  const keys = new Set<string>();
  for (const occupancy of [...adding, ...releasing]) {
    for (const person of occupancy.people) {
      for (const bucket of bucketsOf(occupancy.start, occupancy.end)) keys.add(claimKey(person, bucket));
    }
  }
  return [...keys].sort();
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * The claim writes for taking `adding` and freeing `releasing` (a moved session is in both: it may
 * overlap its own old time), or every clash with another session of either person. `claims` are
 * the items read for `claimsNeeded` (missing ones count as empty, version 0). Pure: the store
 * turns the writes into conditional puts in one transaction.
 */
export function planClaims(
  claims: readonly Claim[],
  adding: readonly Occupancy[],
  releasing: readonly Occupancy[] = [],
): ClaimPlan {
  const freed = new Set(releasing.map((occupancy) => occupancy.sessionId));
  const state = new Map<string, Claim>(claims.map((claim) => [claimKey(claim.personId, claim.bucket), claim]));
  const next = new Map<string, ClaimWrite>();
  const writeFor = (personId: string, bucket: number): ClaimWrite => {
    const key = claimKey(personId, bucket);
    let write = next.get(key);
    if (!write) {
      const claim = state.get(key);
      write = {
        personId,
        bucket,
        expectedVersion: claim?.version ?? 0,
        entries: (claim?.entries ?? []).filter((entry) => !freed.has(entry.sessionId)),
      };
      next.set(key, write);
    }
    return write;
  };
  for (const occupancy of releasing) {
    for (const person of occupancy.people) {
      for (const bucket of bucketsOf(occupancy.start, occupancy.end)) writeFor(person, bucket);
    }
  }
  const conflicts = new Map<string, ClaimConflict>();
  for (const occupancy of adding) {
    for (const person of occupancy.people) {
      for (const bucket of bucketsOf(occupancy.start, occupancy.end)) {
        const write = writeFor(person, bucket);
        for (const entry of write.entries) {
          if (entry.sessionId !== occupancy.sessionId && overlaps(entry, occupancy)) {
            conflicts.set(`${occupancy.start}#${entry.sessionId}`, {
              start: occupancy.start,
              sessionId: entry.sessionId,
            });
          }
        }
        write.entries.push({ sessionId: occupancy.sessionId, start: occupancy.start, end: occupancy.end });
      }
    }
  }
  if (conflicts.size > 0) {
    return { ok: false, conflicts: [...conflicts.values()].sort((a, b) => a.start - b.start) };
  }
  for (const write of next.values()) write.entries.sort((a, b) => a.start - b.start);
  return { ok: true, writes: [...next.values()] };
}

/**
 * Applies a plan's writes as DynamoDB would apply one transaction: all of them if every version
 * still matches, none otherwise. The store does this for real; tests and the ADR's reasoning use it.
 */
export function commitClaims(stored: Map<string, Claim>, writes: readonly ClaimWrite[]): boolean {
  const current = (write: ClaimWrite) => stored.get(claimKey(write.personId, write.bucket))?.version ?? 0;
  if (!writes.every((write) => current(write) === write.expectedVersion)) return false;
  for (const write of writes) {
    stored.set(claimKey(write.personId, write.bucket), {
      personId: write.personId,
      bucket: write.bucket,
      version: write.expectedVersion + 1,
      entries: write.entries,
    });
  }
  return true;
}

/** Items one change writes: its sessions, its claims and the outbox item. */
export const transactionItems = (sessions: number, claimWrites: number): number => sessions + claimWrites + 1;

/** A person's booked time from their claims (for the slot search): each session once, in time order. */
export function busyTimeOf(claims: readonly Claim[], personId: string): { start: number; end: number }[] {
  const seen = new Map<string, { start: number; end: number }>();
  for (const claim of claims) {
    if (claim.personId !== personId) continue;
    for (const entry of claim.entries) seen.set(entry.sessionId, { start: entry.start, end: entry.end });
  }
  return [...seen.values()].sort((a, b) => a.start - b.start);
}
