import type { ContactChannel, Locale, Modality, PeerPreference, SupportArea, Weekday } from '@lantern/contracts';
import { en } from '../i18n/en.js';

/**
 * The contract's enums, read from the English labels, whose types (`satisfies Record<SupportArea,
 * string>`...) make them exactly the contract's values. Importing the enums from
 * `@lantern/contracts` itself would load zod with the first page; `vocabulary.test.ts` checks
 * that both lists agree, order included.
 */
const options = en.intake.options;
export const CONTACT_CHANNEL_OPTIONS = Object.keys(options.contactChannels) as ContactChannel[];
export const SUPPORT_AREA_OPTIONS = Object.keys(options.supportAreas) as SupportArea[];
export const MODALITY_OPTIONS = Object.keys(options.modalities) as Modality[];
export const ATTRIBUTE_OPTIONS = Object.keys(options.attributes) as PeerPreference['attribute'][];
export const WEEKDAY_OPTIONS = Object.keys(options.days) as Weekday[];
export const LOCALE_OPTIONS: readonly Locale[] = ['en', 'fr'];
