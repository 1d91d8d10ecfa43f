import { CONFIRM_REFUSALS, INELIGIBILITY_CODES, MATCH_CRITERIA, PEER_STATUSES, PeerInput } from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import { createLanternI18n } from '../src/i18n/index.js';
import { AGE_BANDS } from '../src/matching/overview.js';

/** Every key the matching pages build from a contract value: one missing in either language fails. */
const builtKeys = [
  ...MATCH_CRITERIA.map((criterion) => `staff.suggestions.criteria.${criterion}`),
  ...INELIGIBILITY_CODES.map((code) => `staff.suggestions.ineligible.${code}`),
  ...CONFIRM_REFUSALS.map((code) => `staff.batch.refusals.${code}`),
  ...PEER_STATUSES.map((status) => `staff.peers.statuses.${status}`),
  ...AGE_BANDS.map((band) => `staff.overview.bands.${band.key}`),
  ...Object.keys(PeerInput.shape).map((field) => `staff.peerForm.errors.${field}`),
  ...['start', 'timeout', 'apply'].map((failure) => `staff.batch.failures.${failure}`),
];

describe('matching messages', () => {
  it.each(['en', 'fr'] as const)('has every message the matching pages build, in %s', (locale) => {
    const { te } = createLanternI18n(locale).global;

    const missing = builtKeys.filter((key) => !te(key, locale));

    expect(missing).toEqual([]);
  });
});
