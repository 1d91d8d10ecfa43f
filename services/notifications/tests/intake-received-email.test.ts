import { SUPPORT_AREAS } from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import { renderIntakeReceived } from '../src/domain/intake-received-email.js';

/** Words that would tell a reader of the inbox what the person is dealing with (DESIGN §5). */
const REVEALING = [
  ...SUPPORT_AREAS.flatMap((area) => area.split('_')),
  'mental',
  'health',
  'substance',
  'addiction',
  'alcohol',
  'drug',
  'recovery',
  'crisis',
  'safety',
  'suicide',
  'harm',
  'danger',
  'urgent',
  'therapy',
  'treatment',
  'diagnosis',
  'perinatal',
  'pregnan',
  'grief',
  'peer',
  'counsel',
  'santé',
  'mentale',
  'dépendance',
  'crise',
  'sécurité',
  'thérapie',
  'deuil',
  'grossesse',
  'pair',
].filter((word) => word !== 'other');

describe('the "we received your request" email', () => {
  for (const locale of ['en', 'fr'] as const) {
    it(`names nothing but the organisation, in ${locale}`, () => {
      const email = renderIntakeReceived({ preferredName: 'Sam', locale, organisationName: 'Harbour Collective' });
      const everything = `${email.subject}\n${email.text}\n${email.html}`.toLowerCase();
      for (const word of REVEALING) expect(everything, word).not.toContain(word);
      expect(email.subject).toContain('Harbour Collective');
      expect(email.text).toContain('Sam');
    });
  }

  it('is written in French for a French-speaking client', () => {
    expect(
      renderIntakeReceived({ preferredName: 'Camille', locale: 'fr', organisationName: 'Lanterne' }).subject,
    ).toContain('nous avons bien reçu');
  });

  it('escapes the name in HTML', () => {
    const email = renderIntakeReceived({ preferredName: '<b>Sam</b>', locale: 'en', organisationName: 'Org' });
    expect(email.html).toContain('&lt;b&gt;Sam&lt;/b&gt;');
    expect(email.html).not.toContain('<b>Sam');
  });
});
