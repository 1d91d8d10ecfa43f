import type { Locale } from '@lantern/contracts';
import type { RenderedEmail } from './intake-received-email.js';

interface UrgentAlertInput {
  /** The staff app's page of the client: a link, never a name, a reason or a safety answer. */
  clientUrl: string;
  locale: Locale;
  organisationName: string;
}

const COPY: Record<Locale, (org: string) => { subject: string; lines: string[]; action: string }> = {
  en: (org) => ({
    subject: `${org}: an intake needs attention`,
    lines: ['An intake needs attention.', 'Please open it in the staff app and follow up as soon as you can.'],
    action: 'Open the intake',
  }),
  fr: (org) => ({
    subject: `${org} : une demande requiert votre attention`,
    lines: [
      'Une demande requiert votre attention.',
      'Ouvrez-la dans l’application du personnel et faites le suivi dès que possible.',
    ],
    action: 'Ouvrir la demande',
  }),
};

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The alert to the coordinators on duty when an intake is urgent (DESIGN §5): it says that one needs
 * attention and links to it; the name, the reasons and the answers stay behind sign-in.
 */
export function renderUrgentAlert({ clientUrl, locale, organisationName }: UrgentAlertInput): RenderedEmail {
  const copy = COPY[locale](organisationName);
  const text = [...copy.lines, `${copy.action}: ${clientUrl}`].join('\n\n');
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">`,
    ...copy.lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(clientUrl)}">${escapeHtml(copy.action)}</a></p>`,
    '</body></html>',
  ].join('');
  return { subject: copy.subject, text, html };
}
