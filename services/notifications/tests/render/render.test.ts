import { LOCALES } from '@lantern/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TemplateSourceError, TemplateVariablesError } from '../../src/domain/render/errors.js';
import { inviteAttachment } from '../../src/domain/render/invite-attachment.js';
import { createRenderer } from '../../src/domain/render/render.js';
import { TEMPLATE_IDS } from '../../src/domain/render/variables.js';
import { readTemplateSources } from '../../src/templates/files.js';
import { FIXTURES } from './fixtures.js';

const render = createRenderer(readTemplateSources(), { invite: inviteAttachment });

describe('render', () => {
  for (const template of TEMPLATE_IDS) {
    for (const locale of LOCALES) {
      it(`renders ${template} in ${locale} with the organisation's name and no placeholder left`, () => {
        // Act
        const message = render(template, locale, FIXTURES[template] as never);

        // Assess
        for (const part of [message.subject, message.text, message.html, message.sms ?? 'Harbour Collective']) {
          expect(part).toContain('Harbour Collective');
          expect(part).not.toMatch(/[{}]/);
        }
        expect(message.subject).not.toMatch(/\n/);
        expect(message.html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${locale}">`));
      });
    }
  }

  it('escapes every string variable in the HTML and leaves the plain text as written', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0),
        (name) => {
          // Prepare
          const preferredName = `<b x="${name}">${name}</b>&'`;

          // Act
          const message = render('intake-received', 'en', { organisationName: 'Org & Co', preferredName });

          // Assess: the only markup in the body is the template's own.
          const body = message.html.slice(message.html.indexOf('<body'));
          expect(body.match(/<[a-z]/g)).toEqual(['<b', '<p', '<p', '<p', '<p', '<p']);
          expect(message.html).toContain('Org &amp; Co');
          expect(message.text).toContain(preferredName.trim());
        },
      ),
    );
  });

  it('keeps a link with a query string intact in text and escaped inside the href', () => {
    const clientUrl = 'https://staff.example.org/clients/cl_1?from=alert&tab=contact';
    const message = render('intake-attention', 'en', { organisationName: 'Org', clientUrl });
    expect(message.text).toContain(clientUrl);
    expect(message.html).toContain('href="https://staff.example.org/clients/cl_1?from=alert&amp;tab=contact"');
  });

  it('writes times in the recipient’s zone and locale', () => {
    // Prepare: 22:00 UTC is 18:00 in Toronto and 15:00 in Vancouver on 27 October 2026.
    const variables = FIXTURES['session-reminder-client'];

    // Act
    const toronto = render('session-reminder-client', 'en', variables);
    const vancouver = render('session-reminder-client', 'fr', { ...variables, timeZone: 'America/Vancouver' });

    // Assess
    expect(toronto.text).toContain('Tuesday, October 27, 2026 at 6:00 PM EDT');
    expect(vancouver.text).toContain('le mardi 27 octobre 2026 à 15:00');
  });

  it('chooses the plural form for the count in each language', () => {
    const base = FIXTURES['session-booked-peer'];
    expect(render('session-booked-peer', 'en', { ...base, sessionCount: 1 }).text).toContain('Your session with Sam');
    expect(render('session-booked-peer', 'en', base).text).toContain('12 sessions');
    expect(render('session-reminder-peer', 'en', FIXTURES['session-reminder-peer']).text).toContain('in 1 hour,');
    expect(render('session-reminder-client', 'fr', FIXTURES['session-reminder-client']).text).toContain(
      'dans 24 heures',
    );
  });

  it('adds a text message only to messages that go by text', () => {
    expect(render('session-reminder-client', 'en', FIXTURES['session-reminder-client']).sms).toMatch(/Reply STOP/);
    expect(render('match-confirmed-client', 'en', FIXTURES['match-confirmed-client']).sms).toBeUndefined();
  });

  it('refuses missing or malformed variables by name, without echoing their values', () => {
    // Prepare
    const { peerFirstName: _omitted, ...withoutPeer } = FIXTURES['session-reminder-client'];
    const badLink = { ...FIXTURES['intake-attention'], clientUrl: 'javascript:alert(1)' };

    // Act / Assess
    expect(() => render('session-reminder-client', 'en', withoutPeer as never)).toThrow(TemplateVariablesError);
    expect(() => render('session-reminder-client', 'en', withoutPeer as never)).toThrow(/peerFirstName/);
    expect(() => render('intake-attention', 'en', badLink)).toThrow(/clientUrl/);
    expect(() => render('intake-attention', 'en', badLink)).not.toThrow(/alert/);
    expect(() =>
      render('intake-received', 'en', { organisationName: 'Org\u0000content\u0000', preferredName: 'Sam' }),
    ).toThrow(/organisationName/);
    expect(() =>
      render('session-booked-peer', 'en', { ...FIXTURES['session-booked-peer'], timeZone: 'Mars/Base' }),
    ).toThrow(/timeZone/);
  });

  it('names the template an organisation left out, and a template the function did not bundle', () => {
    const sources = readTemplateSources();
    const { fr: _dropped, ...onlyEnglish } = sources.templates['intake-received'] ?? {};
    const partial = createRenderer({ ...sources, templates: { 'intake-received': onlyEnglish as never } });
    expect(() => partial('intake-received', 'fr', FIXTURES['intake-received'])).toThrow(TemplateSourceError);
    expect(() => partial('intake-attention', 'en', FIXTURES['intake-attention'])).toThrow(TemplateSourceError);
  });

  it('refuses to render a session message without its invite rather than drop the attachment', () => {
    const withoutInvites = createRenderer(readTemplateSources());
    expect(withoutInvites('session-reminder-client', 'en', FIXTURES['session-reminder-client']).attachments).toEqual(
      [],
    );
    expect(() => withoutInvites('session-booked-client', 'en', FIXTURES['session-booked-client'])).toThrow(/invites/);
  });

  it('renders the same message from the packed templates the functions bundle', async () => {
    const { render: bundled } = await import('../../src/templates/index.js');
    for (const template of TEMPLATE_IDS) {
      expect(bundled(template, 'fr', FIXTURES[template] as never)).toEqual(
        render(template, 'fr', FIXTURES[template] as never),
      );
    }
  });
});
