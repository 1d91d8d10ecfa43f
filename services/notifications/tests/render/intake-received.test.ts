import { describe, expect, it } from 'vitest';
import { findListedTerms } from '../../src/domain/discretion/listed-terms.js';
import { readDiscretionTerms } from '../../src/templates/discretion-terms.js';
import { render } from '../../src/templates/index.js';

/** The message the intake handler sends, unchanged by the move onto template files. */
describe('the "we received your request" email', () => {
  it('reads as before the move onto template files', () => {
    const email = render('intake-received', 'en', { preferredName: 'Sam', organisationName: 'Harbour Collective' });
    expect(email.subject).toBe('Harbour Collective: we received your request');
    expect(email.text).toBe(
      [
        'Hi Sam,',
        'Thank you for reaching out to Harbour Collective. We have received your request.',
        'Someone from our team will read it and contact you within two business days, in the way you chose.',
        'You do not need to do anything else for now.',
        '— The Harbour Collective team',
      ].join('\n\n'),
    );
    expect(email.attachments).toEqual([]);
  });

  for (const locale of ['en', 'fr'] as const) {
    it(`names nothing but the organisation, in ${locale}`, () => {
      const email = render('intake-received', locale, { preferredName: 'Sam', organisationName: 'Harbour Collective' });
      expect(findListedTerms(`${email.subject}\n${email.text}\n${email.html}`, readDiscretionTerms())).toEqual([]);
      expect(email.subject).toContain('Harbour Collective');
      expect(email.text).toContain('Sam');
    });
  }

  it('is written in French for a French-speaking client', () => {
    expect(render('intake-received', 'fr', { preferredName: 'Camille', organisationName: 'Lanterne' }).subject).toBe(
      'Lanterne : nous avons bien reçu votre demande',
    );
  });

  it('escapes the name in HTML', () => {
    const email = render('intake-received', 'en', { preferredName: '<b>Sam</b>', organisationName: 'Org' });
    expect(email.html).toContain('&lt;b&gt;Sam&lt;/b&gt;');
    expect(email.html).not.toContain('<b>Sam');
  });
});
