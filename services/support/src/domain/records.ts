import type {
  CheckInChannel,
  Concern,
  Contact,
  ContactChannel,
  CreateContactRequest,
  CreateNoteRequest,
  Note,
} from '@lantern/contracts';
import { ChannelNotConsentedError, ConcernResolvedError } from './errors.js';
import type { Author } from './goals.js';
import { newConcernId, newContactId, newNoteId } from './ids.js';

export function newNote(clientId: string, body: CreateNoteRequest, { username, now }: Author): Note {
  return {
    noteId: newNoteId(),
    clientId,
    at: body.at,
    ...(body.sessionId ? { sessionId: body.sessionId } : {}),
    topics: body.topics,
    goalsTouched: body.goalsTouched,
    resourcesShared: body.resourcesShared,
    nextSteps: body.nextSteps,
    substanceUse: body.substanceUse,
    author: username,
    createdAt: now.toISOString(),
  };
}

/** The consent a check-in needs: a text needs `text`, a call needs `phone`. */
const CONSENT_FOR: Readonly<Record<CheckInChannel, ContactChannel>> = { text: 'text', phone: 'phone' };

export function newContact(
  clientId: string,
  body: CreateContactRequest,
  consented: readonly ContactChannel[],
  { username, now }: Author,
): Contact {
  if (!consented.includes(CONSENT_FOR[body.channel])) throw new ChannelNotConsentedError(body.channel);
  return {
    contactId: newContactId(),
    clientId,
    at: body.at,
    channel: body.channel,
    summary: body.summary,
    loggedBy: username,
    createdAt: now.toISOString(),
  };
}

export function newConcern(clientId: string, summary: string, { username, now }: Author): Concern {
  return {
    concernId: newConcernId(),
    clientId,
    summary,
    status: 'open',
    raisedBy: username,
    raisedAt: now.toISOString(),
    version: 1,
  };
}

export function resolveConcern(concern: Concern, note: string, { username, now }: Author): Concern {
  if (concern.status === 'resolved') throw new ConcernResolvedError();
  return {
    ...concern,
    status: 'resolved',
    resolution: { note, by: username, at: now.toISOString() },
    version: concern.version + 1,
  };
}
