/** A booked session as the overlap check sees it: an id, its people and [start, end) in epoch minutes. */
export interface BookedSession {
  id: string;
  start: number;
  end: number;
  /** Everyone who attends: typically the peer id and the client id. */
  participants: readonly string[];
}

/** Two sessions that share a person and a stretch of time. */
export interface SessionOverlap {
  personId: string;
  sessionIds: [string, string];
}

/**
 * Every session that overlaps an earlier one for the same person, paired with the earlier session
 * that reaches furthest. Touching ends ([9:00, 10:00) and [10:00, 11:00)) are not an overlap.
 * Sorting per person makes it O(n log n).
 */
export function findOverlaps(sessions: readonly BookedSession[]): SessionOverlap[] {
  const byPerson = new Map<string, BookedSession[]>();
  for (const session of sessions) {
    for (const person of new Set(session.participants)) {
      const list = byPerson.get(person);
      if (list) list.push(session);
      else byPerson.set(person, [session]);
    }
  }
  const overlaps: SessionOverlap[] = [];
  for (const [personId, list] of byPerson) {
    list.sort((a, b) => a.start - b.start || a.end - b.end);
    let furthest: BookedSession | undefined;
    for (const session of list) {
      // An empty session occupies no time, so it cannot collide.
      if (session.end <= session.start) continue;
      if (furthest && session.start < furthest.end) {
        overlaps.push({ personId, sessionIds: [furthest.id, session.id] });
      }
      if (!furthest || session.end > furthest.end) furthest = session;
    }
  }
  return overlaps;
}

/** True when no person has two sessions at once. */
export function hasNoOverlap(sessions: readonly BookedSession[]): boolean {
  return findOverlaps(sessions).length === 0;
}
