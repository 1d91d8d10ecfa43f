import { LOCALES } from '@lantern/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTerms, findListedTerms, parseTermList } from '../src/domain/discretion/listed-terms.js';
import { inviteAttachment } from '../src/domain/render/invite-attachment.js';
import { createRenderer } from '../src/domain/render/render.js';
import { TEMPLATE_IDS } from '../src/domain/render/variables.js';
import { readDiscretionTerms } from '../src/templates/discretion-terms.js';
import { readTemplateSources } from '../src/templates/files.js';
import { FIXTURES } from './render/fixtures.js';

const terms = readDiscretionTerms();
const render = createRenderer(readTemplateSources(), { invite: inviteAttachment });

describe('the discretion check', () => {
  const matchers = compileTerms(['therap*', 'mental health', 'self-harm', 'santé', 'peer']);

  it('matches whole words, ignoring case and accents', () => {
    expect(findListedTerms('Your THERAPIST called', matchers)).toEqual(['therap*']);
    expect(findListedTerms('Votre sante compte', matchers)).toEqual(['santé']);
    expect(findListedTerms('Votre SANTÉ compte', matchers)).toEqual(['santé']);
    expect(findListedTerms('A peerless evening; a career; sant’Angelo', matchers)).toEqual([]);
  });

  it('treats a space and a hyphen inside a term alike', () => {
    expect(findListedTerms('mental-health week', matchers)).toEqual(['mental health']);
    expect(findListedTerms('no self harm', matchers)).toEqual(['self-harm']);
    expect(findListedTerms('<p>Peer</p>', matchers)).toEqual(['peer']);
  });

  it('finds any listed term wherever it sits in neutral text', () => {
    const neutral = fc.array(fc.constantFrom('hello', 'see', 'you', 'on', 'Tuesday', '—', '12:00', 'Harbour'), {
      maxLength: 8,
    });
    const listed = parseTermList('# comment\npeer\nsanté mentale\ndanger*\n\nself-harm  # trailing comment\n').map(
      (t) => t.replace('*', ''),
    );
    expect(listed).toEqual(['peer', 'santé mentale', 'danger', 'self-harm']);
    fc.assert(
      fc.property(neutral, fc.constantFrom(...listed), neutral, (before, term, after) => {
        const text = [...before, term.toUpperCase(), ...after].join(' ');
        expect(findListedTerms(text, terms).length).toBeGreaterThan(0);
      }),
    );
  });

  it('is seeded in English and French from the organisation’s file', () => {
    const seeded = terms.map((t) => t.term);
    for (const term of ['crisis', 'suicid*', 'self-harm', 'therap*', 'mental health', 'addict*', 'perinatal'])
      expect(seeded).toContain(term);
    for (const term of ['crise', 'santé mentale', 'thérapie*', 'dépendance*', 'périnatal*', 'automutilation'])
      expect(seeded).toContain(term);
  });
});

describe('every template, in every language', () => {
  for (const template of TEMPLATE_IDS) {
    for (const locale of LOCALES) {
      it(`${template} (${locale}) contains no listed term, invite included`, () => {
        // Act
        const message = render(template, locale, FIXTURES[template] as never);

        // Assess
        const everything = [message.subject, message.text, message.html, message.sms ?? '']
          .concat(message.attachments.map((a) => `${a.filename}\n${a.content}`))
          .join('\n');
        expect(findListedTerms(everything, terms)).toEqual([]);
      });
    }
  }
});
