import {
  type ContactChannel,
  type EventData,
  MatchConfirmed,
  SessionCancelled,
  SessionReminderDue,
  SessionRescheduled,
  SessionScheduled,
} from '@lantern/contracts';
import type { PlanContext } from '../../src/domain/plan/planned-message.js';

/** Event data as the matching and scheduling services publish it (parsed by the contracts). */
export const context: PlanContext = {
  organisationName: 'Harbour Collective',
  webOrigin: 'https://app.example.org',
  staffLocale: 'en',
  organizer: { name: 'Harbour Collective', email: 'hello@example.org' },
  unsubscribeUrl: (address) => `https://app.example.org/unsubscribe/signed-${address.length}`,
};

const WEEK = 7 * 24 * 3600 * 1000;
const at = (iso: string, weeks = 0) => new Date(Date.parse(iso) + weeks * WEEK).toISOString().replace('.000', '');

export function client(channels: ContactChannel[] = ['email', 'text']) {
  return {
    clientId: 'cl_01J9Z8',
    firstName: 'Sam',
    email: 'sam@example.net',
    phone: '+15555550123',
    contactChannels: channels,
    locale: 'fr' as const,
    timeZone: 'America/Toronto',
  };
}
const peer = { peerId: 'pr_01', firstName: 'Alex', email: 'alex@example.org', timeZone: 'America/Vancouver' };
const base = (channels?: ContactChannel[]) => ({
  matchId: 'ma_01',
  seriesId: 'sr_01',
  modality: 'video' as const,
  timeZone: 'America/Vancouver',
  client: client(channels),
  peer,
});
const first = '2026-10-27T22:00:00Z';
export const series = (count = 12) =>
  Array.from({ length: count }, (_, week) => ({
    sessionId: `se_${week + 1}`,
    sequence: 0,
    start: at(first, week),
    end: at('2026-10-27T23:00:00Z', week),
    linkToken: `token-${week + 1}`,
  }));

export const matchConfirmed = (channels?: ContactChannel[]): EventData<typeof MatchConfirmed> => {
  const { clientId, firstName, email, phone, contactChannels, locale, timeZone } = client(channels);
  return MatchConfirmed.data.parse({
    matchId: 'ma_01',
    clientId,
    peerId: 'pr_01',
    confirmedAt: '2026-10-01T12:00:00Z',
    modalities: ['video'],
    client: { firstName, timeZone, locale, availability: [], contactChannels, email, phone },
    peer: { ...peer, bio: 'I have lived here twenty years and I love long walks.', availability: [], timeOff: [] },
  });
};

export const scheduled = (channels?: ContactChannel[]) =>
  SessionScheduled.data.parse({ ...base(channels), sessions: series(), scheduledAt: '2026-10-01T12:00:00Z' });

export const rescheduled = (channels?: ContactChannel[]) =>
  SessionRescheduled.data.parse({
    ...base(channels),
    sessions: [
      {
        ...series()[2],
        sequence: 1,
        start: '2026-11-11T23:00:00Z',
        end: '2026-11-12T00:00:00Z',
        previousStart: '2026-11-10T23:00:00Z',
        previousEnd: '2026-11-11T00:00:00Z',
      },
    ],
    changedBy: 'client',
    rescheduledAt: '2026-11-01T12:00:00Z',
  });

export const cancelled = (channels?: ContactChannel[]) =>
  SessionCancelled.data.parse({
    ...base(channels),
    sessions: series()
      .slice(4)
      .map(({ linkToken: _token, ...occurrence }) => ({ ...occurrence, sequence: 1 })),
    changedBy: 'staff',
    cancelledAt: '2026-11-20T12:00:00Z',
  });

export const reminder = (which: '24h' | '1h', channels?: ContactChannel[]) =>
  SessionReminderDue.data.parse({ ...base(channels), which, session: series()[0] });
