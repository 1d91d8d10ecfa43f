import type { Concern, Contact, Goal, Session } from '@lantern/contracts';
import { followUpDueAt, followUpsDue, latestOf } from './goals.js';

/** One client on the peer's home: what the card shows. */
export interface ClientCard {
  clientId: string;
  /** The first word of the name they asked to be called; absent when the record could not be read. */
  firstName?: string;
  openGoals: number;
  lastContactAt?: string;
  followUps: Goal[];
  openConcerns: Concern[];
  /** Start of the next session still to come. */
  nextSessionAt?: string;
  /** Sessions that have ended with no outcome recorded (completed or no-show). */
  awaitingOutcome: Session[];
}

/** What a client's card is made from: each part may have failed to load (then absent). */
export interface ClientParts {
  clientId: string;
  preferredName?: string;
  goals?: readonly Goal[];
  contacts?: readonly Contact[];
  concerns?: readonly Concern[];
  sessions?: readonly Session[];
}

export type NeedsMe =
  | { kind: 'followUp'; clientId: string; firstName?: string; goal: Goal; dueAt: string }
  | { kind: 'concern'; clientId: string; firstName?: string; concern: Concern; dueAt: string }
  | { kind: 'outcome'; clientId: string; firstName?: string; session: Session; dueAt: string };

export const firstNameOf = (preferredName: string): string => preferredName.trim().split(/\s+/)[0] ?? preferredName;

export function clientCard(parts: ClientParts, now: Date): ClientCard {
  const goals = parts.goals ?? [];
  const lastContactAt = latestOf((parts.contacts ?? []).map((contact) => contact.at));
  const scheduled = (parts.sessions ?? []).filter((session) => session.status === 'scheduled');
  const nextSessionAt = scheduled
    .map((session) => session.start)
    .filter((start) => Date.parse(start) > now.getTime())
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  return {
    clientId: parts.clientId,
    ...(parts.preferredName ? { firstName: firstNameOf(parts.preferredName) } : {}),
    openGoals: goals.filter((goal) => goal.status === 'open').length,
    ...(lastContactAt ? { lastContactAt } : {}),
    followUps: followUpsDue(goals, now),
    openConcerns: (parts.concerns ?? []).filter((concern) => concern.status === 'open'),
    ...(nextSessionAt ? { nextSessionAt } : {}),
    awaitingOutcome: scheduled.filter((session) => Date.parse(session.end) <= now.getTime()),
  };
}

/** Everything waiting for the peer across their clients, the oldest first. */
export function needsMe(cards: readonly ClientCard[]): NeedsMe[] {
  const items: NeedsMe[] = cards.flatMap((card) => {
    const who = { clientId: card.clientId, ...(card.firstName ? { firstName: card.firstName } : {}) };
    return [
      ...card.followUps.map((goal) => ({ kind: 'followUp' as const, ...who, goal, dueAt: followUpDueAt(goal) ?? '' })),
      ...card.openConcerns.map((concern) => ({ kind: 'concern' as const, ...who, concern, dueAt: concern.raisedAt })),
      ...card.awaitingOutcome.map((session) => ({ kind: 'outcome' as const, ...who, session, dueAt: session.end })),
    ];
  });
  return items.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}
