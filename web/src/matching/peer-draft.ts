import type { Modality, Peer, PeerInputBody, PeerStatus, SupportArea, Weekday } from '@lantern/contracts';

/** One weekly window as the editor holds it (the owner's own zone, `HH:MM`). */
export interface WindowDraft {
  day: Weekday;
  start: string;
  end: string;
}

/** One absence as the editor holds it: empty `start`/`end` mean the whole day. */
export interface TimeOffDraft {
  date: string;
  start: string;
  end: string;
  reason: string;
}

/** The peer form's state: lists typed as text are split when sent. */
export interface PeerDraft {
  displayName: string;
  email: string;
  bio: string;
  timeZone: string;
  languages: string;
  modalities: Modality[];
  livedExperience: SupportArea[];
  specialties: string;
  gender: string;
  cultures: string;
  capacity: number | '';
  status: PeerStatus;
  availability: WindowDraft[];
  timeOff: TimeOffDraft[];
}

export function emptyPeerDraft(timeZone: string): PeerDraft {
  return {
    displayName: '',
    email: '',
    bio: '',
    timeZone,
    languages: 'en',
    modalities: ['video'],
    livedExperience: [],
    specialties: '',
    gender: '',
    cultures: '',
    capacity: 4,
    status: 'active',
    availability: [],
    timeOff: [],
  };
}

export function peerDraftFrom(peer: Peer): PeerDraft {
  return {
    displayName: peer.displayName,
    email: peer.email,
    bio: peer.bio,
    timeZone: peer.timeZone,
    languages: peer.languages.join(', '),
    modalities: [...peer.modalities],
    livedExperience: [...peer.livedExperience],
    specialties: peer.specialties.join(', '),
    gender: peer.gender ?? '',
    cultures: peer.cultures.join(', '),
    capacity: peer.capacity,
    status: peer.status,
    availability: peer.availability.map((window) => ({ ...window })),
    timeOff: peer.timeOff.map((off) => ({
      date: off.date,
      start: off.start ?? '',
      end: off.end ?? '',
      reason: off.reason ?? '',
    })),
  };
}

const splitList = (text: string, lower = false) =>
  text
    .split(',')
    .map((item) => (lower ? item.trim().toLowerCase() : item.trim()))
    .filter((item) => item !== '');

/** The API body for a draft; what is left empty is left out, and the API's schema judges the rest. */
export function peerInputFrom(draft: PeerDraft): PeerInputBody {
  return {
    displayName: draft.displayName,
    email: draft.email.trim(),
    bio: draft.bio,
    timeZone: draft.timeZone.trim(),
    languages: splitList(draft.languages, true),
    modalities: draft.modalities,
    livedExperience: draft.livedExperience,
    specialties: splitList(draft.specialties, true).map((item) => item.replaceAll(/\s+/g, '_')),
    ...(draft.gender.trim() ? { gender: draft.gender } : {}),
    cultures: splitList(draft.cultures),
    // The empty field becomes NaN, which the schema refuses next to the field.
    capacity: draft.capacity === '' ? Number.NaN : draft.capacity,
    status: draft.status,
    availability: draft.availability.map((window) => ({ ...window })),
    timeOff: draft.timeOff.map((off) => ({
      date: off.date,
      ...(off.start ? { start: off.start } : {}),
      ...(off.end ? { end: off.end } : {}),
      ...(off.reason.trim() ? { reason: off.reason } : {}),
    })),
  };
}

/** Windows a coordinator adds in one click: weekday evenings and weekend days are common asks. */
export const WINDOW_PRESETS = {
  weekdayEvenings: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, start: '17:00', end: '21:00' })),
  weekends: (['sat', 'sun'] as const).map((day) => ({ day, start: '10:00', end: '16:00' })),
} satisfies Record<string, WindowDraft[]>;

/** Adds windows that are not there yet, so a preset clicked twice adds nothing the second time. */
export function withWindows(current: readonly WindowDraft[], added: readonly WindowDraft[]): WindowDraft[] {
  const key = (window: WindowDraft) => `${window.day} ${window.start} ${window.end}`;
  const present = new Set(current.map(key));
  return [...current, ...added.filter((window) => !present.has(key(window))).map((window) => ({ ...window }))];
}
