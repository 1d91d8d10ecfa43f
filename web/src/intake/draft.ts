import type {
  ContactChannel,
  IntakeRequestInput,
  Locale,
  Modality,
  PeerPreference,
  SupportArea,
  WeeklyWindow,
} from '@lantern/contracts';

/** What the form holds while someone fills it in: strings stay strings until they are sent. */
export interface IntakeDraft {
  preferredName: string;
  pronouns: string;
  email: string;
  phone: string;
  contactChannels: ContactChannel[];
  timeZone: string;
  languages: string[];
  supportAreas: SupportArea[];
  goals: string;
  modalities: Modality[];
  availability: WeeklyWindow[];
  peerPreferences: PeerPreference[];
  consents: { nonClinical: boolean; privacy: boolean; contact: boolean };
}

/** Safety answers live only in memory: `null` until answered, never saved on the device. */
export interface SafetyDraft {
  immediateDanger: boolean | null;
  riskToOthers: boolean | null;
  thoughtsOfSelfHarm: boolean | null;
}

export function emptyDraft(timeZone: string, language: string): IntakeDraft {
  return {
    preferredName: '',
    pronouns: '',
    email: '',
    phone: '',
    contactChannels: ['email'],
    timeZone,
    languages: [language],
    supportAreas: [],
    goals: '',
    modalities: [],
    availability: [],
    peerPreferences: [],
    consents: { nonClinical: false, privacy: false, contact: false },
  };
}

export function emptySafety(): SafetyDraft {
  return { immediateDanger: null, riskToOthers: null, thoughtsOfSelfHarm: null };
}

/** A safety answer of "yes" signals risk: crisis resources are shown at once. */
export function signalsRisk(safety: SafetyDraft): boolean {
  return Object.values(safety).some((answer) => answer === true);
}

/**
 * The `POST /intakes` body. Blank optional fields are left out; unanswered safety questions are
 * left out too, so that the shared schema reports them where they belong.
 */
export function toIntakeBody(draft: IntakeDraft, safety: SafetyDraft, locale: Locale): IntakeRequestInput {
  const pronouns = draft.pronouns.trim();
  const phone = draft.phone.replace(/[\s().-]/g, '');
  return {
    preferredName: draft.preferredName.trim(),
    ...(pronouns ? { pronouns } : {}),
    email: draft.email.trim(),
    ...(phone ? { phone } : {}),
    contactChannels: [...draft.contactChannels],
    timeZone: draft.timeZone,
    locale,
    languages: [...draft.languages],
    supportAreas: [...draft.supportAreas],
    goals: draft.goals.trim(),
    modalities: [...draft.modalities],
    availability: draft.availability.map((window) => ({ ...window })),
    peerPreferences: draft.peerPreferences.map((preference) => ({ ...preference, value: preference.value.trim() })),
    safety: {
      ...(safety.immediateDanger === null ? {} : { immediateDanger: safety.immediateDanger }),
      ...(safety.riskToOthers === null ? {} : { riskToOthers: safety.riskToOthers }),
      ...(safety.thoughtsOfSelfHarm === null ? {} : { thoughtsOfSelfHarm: safety.thoughtsOfSelfHarm }),
    } as IntakeRequestInput['safety'],
    consents: { ...draft.consents } as IntakeRequestInput['consents'],
  };
}
