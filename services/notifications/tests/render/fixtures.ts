import type { TemplateId, TemplateVariables } from '../../src/domain/render/variables.js';

/** Plausible data for every template: the neutral names and bio an organisation would really send. */
const organisationName = 'Harbour Collective';
const links = {
  clientUrl: 'https://staff.example.org/clients/cl_01J9Z8',
  rescheduleUrl: 'https://app.example.org/sessions/reschedule?token=v1.abc.def',
  cancelUrl: 'https://app.example.org/sessions/cancel?token=v1.ghi.jkl',
  unsubscribeUrl: 'https://app.example.org/unsubscribe?token=v1.mno.pqr',
};
const invite = {
  sessionId: 'se_01J9Z8',
  sequence: 0,
  durationMinutes: 60,
  timeZone: 'America/Vancouver',
  organizer: { name: organisationName, email: 'sessions@example.org' },
  attendees: [
    { email: 'sam@example.org', name: 'Sam' },
    { email: 'alex@example.org', name: 'Alex' },
  ],
  stamp: '2026-10-01T12:00:00Z',
  uidDomain: 'harbour.example.org',
};
const toClient = { organisationName, preferredName: 'Sam', peerFirstName: 'Alex', timeZone: 'America/Toronto' };
const toPeer = { organisationName, peerFirstName: 'Alex', clientFirstName: 'Sam', timeZone: 'America/Vancouver' };
const startsAt = '2026-10-27T22:00:00Z';

export const FIXTURES: { [T in TemplateId]: TemplateVariables<T> } = {
  'intake-received': { organisationName, preferredName: 'Sam' },
  'intake-attention': { organisationName, clientUrl: links.clientUrl },
  'match-confirmed-client': {
    organisationName,
    preferredName: 'Sam',
    peerFirstName: 'Alex',
    peerBio: 'I have lived in this city for twenty years, I love long walks and I am a good listener.',
    unsubscribeUrl: links.unsubscribeUrl,
  },
  'match-confirmed-peer': {
    organisationName,
    peerFirstName: 'Alex',
    clientFirstName: 'Sam',
    clientUrl: links.clientUrl,
  },
  'session-booked-client': {
    ...toClient,
    rescheduleUrl: links.rescheduleUrl,
    cancelUrl: links.cancelUrl,
    startsAt,
    sessionCount: 12,
    invite: { ...invite, repeatCount: 12 },
  },
  'session-booked-peer': { ...toPeer, clientUrl: links.clientUrl, startsAt, sessionCount: 12, invite },
  'session-rescheduled-client': {
    ...toClient,
    rescheduleUrl: links.rescheduleUrl,
    cancelUrl: links.cancelUrl,
    startsAt: '2026-10-28T22:00:00Z',
    previousStartsAt: startsAt,
    invite: { ...invite, sequence: 1 },
  },
  'session-rescheduled-peer': {
    ...toPeer,
    clientUrl: links.clientUrl,
    startsAt: '2026-10-28T22:00:00Z',
    previousStartsAt: startsAt,
    invite: { ...invite, sequence: 1 },
  },
  'session-cancelled-client': { ...toClient, startsAt, sessionCount: 11, invite: { ...invite, sequence: 2 } },
  'session-cancelled-peer': {
    ...toPeer,
    clientUrl: links.clientUrl,
    startsAt,
    sessionCount: 1,
    invite: { ...invite, sequence: 2 },
  },
  'session-reminder-client': {
    ...toClient,
    rescheduleUrl: links.rescheduleUrl,
    cancelUrl: links.cancelUrl,
    unsubscribeUrl: links.unsubscribeUrl,
    startsAt,
    hoursBefore: 24,
  },
  'session-reminder-peer': { ...toPeer, clientUrl: links.clientUrl, startsAt, hoursBefore: 1 },
};
