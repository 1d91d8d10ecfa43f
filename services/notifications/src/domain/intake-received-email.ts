import type { Locale } from '@lantern/contracts';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

interface IntakeReceivedInput {
  preferredName: string;
  locale: Locale;
  organisationName: string;
}

/**
 * Discreet by design (DESIGN §5): the subject and body name the organisation and nothing else —
 * no condition, no substance use, no safety answers, not even the kind of support asked for,
 * since a shared inbox or a lock-screen preview may be read by someone else.
 */
const COPY: Record<Locale, (name: string, org: string) => { subject: string; lines: string[]; signOff: string }> = {
  en: (name, org) => ({
    subject: `${org}: we received your request`,
    lines: [
      `Hi ${name},`,
      `Thank you for reaching out to ${org}. We have received your request.`,
      'Someone from our team will read it and contact you within two business days, in the way you chose.',
      'You do not need to do anything else for now.',
    ],
    signOff: `— The ${org} team`,
  }),
  fr: (name, org) => ({
    subject: `${org} : nous avons bien reçu votre demande`,
    lines: [
      `Bonjour ${name},`,
      `Merci d’avoir contacté ${org}. Nous avons bien reçu votre demande.`,
      'Une personne de notre équipe la lira et vous contactera d’ici deux jours ouvrables, de la façon que vous avez choisie.',
      'Vous n’avez rien d’autre à faire pour le moment.',
    ],
    signOff: `— L’équipe ${org}`,
  }),
};

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function renderIntakeReceived({ preferredName, locale, organisationName }: IntakeReceivedInput): RenderedEmail {
  const copy = COPY[locale](preferredName, organisationName);
  const text = [...copy.lines, copy.signOff].join('\n\n');
  const htmlCopy = COPY[locale](escapeHtml(preferredName), escapeHtml(organisationName));
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">`,
    ...htmlCopy.lines.map((line) => `<p>${line}</p>`),
    `<p>${htmlCopy.signOff}</p>`,
    '</body></html>',
  ].join('');
  return { subject: copy.subject, text, html };
}
