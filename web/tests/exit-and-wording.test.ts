import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { escapeTwice } from '../src/composables/useQuickExit.js';
import { doneWording } from '../src/intake/done-wording.js';
import { preferenceValueLabel } from '../src/intake/preference-label.js';
import { isPublicPath, withSinglePublicEntry } from '../src/router/public-history.js';

describe('Esc twice', () => {
  it('leaves on the second Escape within the window, and not on one alone or a late one', () => {
    let now = 0;
    const press = escapeTwice(() => now, 1500);
    expect(press('Escape')).toBe(false);
    now = 1000;
    expect(press('Escape')).toBe(true);
    now = 2000;
    expect(press('Escape')).toBe(false);
    now = 4000;
    expect(press('Escape')).toBe(false);
  });

  it('needs the two presses together: any other key between them starts again', () => {
    const press = escapeTwice(() => 0);
    expect([press('Escape'), press('a'), press('Escape')]).toEqual([false, false, false]);
  });
});

describe('one history entry for the public pages', () => {
  it('replaces the entry between public pages, so the whole visit is one entry', () => {
    const history = withSinglePublicEntry(createMemoryHistory());
    history.replace('/');
    history.push('/intake');
    history.push('/intake/done');
    history.push('/privacy');
    expect(history.location).toBe('/privacy');
    history.go(-1, false);
    // A memory history cannot go below its first entry: the visit never made a second one.
    expect(history.location).toBe('/privacy');
  });

  it('keeps ordinary history in the staff area', () => {
    const history = withSinglePublicEntry(createMemoryHistory());
    history.replace('/staff');
    history.push('/staff/clients');
    history.go(-1, false);
    expect(history.location).toBe('/staff');
    expect([isPublicPath('/staff/clients/cl_1'), isPublicPath('/staffing'), isPublicPath('/intake')]).toEqual([
      false,
      true,
      true,
    ]);
  });
});

describe('the done page wording', () => {
  const channel = fc.constantFrom('email' as const, 'phone' as const, 'text' as const);

  it('promises an email only to those who chose email, and no delay to an urgent request', () => {
    fc.assert(
      fc.property(fc.uniqueArray(channel, { minLength: 1, maxLength: 3 }), fc.boolean(), (channels, urgent) => {
        const wording = doneWording(channels, urgent);
        expect(wording.confirmation === 'done.emailSent').toBe(channels.includes('email'));
        expect(wording.review).toBe(urgent ? 'done.readFirst' : 'done.readSoon');
        expect([...wording.channels].sort()).toEqual([...channels].sort());
      }),
    );
  });

  it('lists the ways to be contacted in the order the form offers them', () => {
    expect(doneWording(['text', 'phone'], false).channels).toEqual(['phone', 'text']);
  });
});

describe('peer preference labels', () => {
  const t = (key: string) => `<${key}>`;
  const languageName = (code: string) => (code === 'fr' ? 'French' : code);

  it('names a support area and a language instead of showing their codes', () => {
    const lived = { attribute: 'lived_experience' as const, value: 'pregnancy_birth' };
    expect(preferenceValueLabel(lived, t, languageName)).toBe('<intake.options.supportAreas.pregnancy_birth>');
    expect(preferenceValueLabel({ attribute: 'language', value: 'fr' }, t, languageName)).toBe('French');
  });

  it('shows what the client typed for the other attributes, and for an unknown area', () => {
    expect(preferenceValueLabel({ attribute: 'culture', value: 'Métis' }, t, languageName)).toBe('Métis');
    expect(preferenceValueLabel({ attribute: 'lived_experience', value: 'toString' }, t, languageName)).toBe(
      'toString',
    );
  });
});
