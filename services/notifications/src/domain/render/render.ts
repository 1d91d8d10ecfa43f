import type { Locale } from '@lantern/contracts';
import type { PrimitiveType } from 'intl-messageformat';
import * as z from 'zod/mini';
import { hasSms, INVITE_METHOD_OF, type MessagePart, type TemplateParts } from './catalog.js';
import { TemplateSourceError, TemplateVariablesError } from './errors.js';
import { escapeStrings } from './escape-html.js';
import type { Attachment, InviteAttachment } from './invite-attachment.js';
import { formatMessage, type MessageAst, parseMessage } from './message-format.js';
import {
  CONTEXT_KEYS,
  type InviteDetails,
  TEMPLATE_VARIABLES,
  type TemplateId,
  type TemplateVariables,
} from './variables.js';

/** A message as the organisation wrote it, or already parsed (the packs: no parsing at send time). */
export type MessageSource = string | MessageAst;

/** The organisation's template files, as data: read from disk today, from the table later. */
export interface TemplateSources {
  /** Per locale, the HTML around every email body: ICU, with `{organisationName}` and `{content}`. */
  layouts: Record<Locale, MessageSource>;
  /** Only the templates a function sends: each bundle carries its own (see templates/packed/). */
  templates: Partial<Record<TemplateId, Record<Locale, TemplateParts<MessageSource>>>>;
}

/** A pack written by `pnpm templates` (JSON modules type their ASTs loosely). */
export const packedLayouts = (json: unknown) => json as TemplateSources['layouts'];
export const packedTemplate = (json: unknown) => json as Record<Locale, TemplateParts<MessageAst>>;

export interface RendererOptions {
  /**
   * Builds session invites (`inviteAttachment`). Injected, so that functions that send no invite
   * do not bundle the scheduling engine and its Temporal polyfill (~96 KB).
   */
  invite?: InviteAttachment;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  /** Present for messages that also go by text message. */
  sms?: string;
  attachments: Attachment[];
}

export type Render = <T extends TemplateId>(
  template: T,
  locale: Locale,
  variables: TemplateVariables<T>,
) => RenderedMessage;

/** Where the layout puts the already-escaped body; no variable can contain a NUL character. */
const CONTENT_MARK = '\u0000content\u0000';

type Values = Record<string, PrimitiveType>;

/** A renderer over one set of sources; parsed messages are cached for the life of the function. */
export function createRenderer(sources: TemplateSources, options: RendererOptions = {}): Render {
  const parsed = new Map<string, MessageAst>();
  const astOf = (key: string, source: MessageSource | undefined, locale: Locale): MessageAst => {
    if (source === undefined) throw new TemplateSourceError(`No template source for ${key}`);
    if (typeof source !== 'string') return source;
    let ast = parsed.get(key);
    if (!ast) {
      ast = parseMessage(source, locale);
      parsed.set(key, ast);
    }
    return ast;
  };

  return (template, locale, variables) => {
    const result = z.safeParse(TEMPLATE_VARIABLES[template], variables);
    if (!result.success) {
      throw new TemplateVariablesError(template, [...new Set(result.error.issues.map((i) => i.path.join('.')))]);
    }
    const all = result.data as Record<string, unknown>;
    const parts = sources.templates[template]?.[locale];
    if (!parts) throw new TemplateSourceError(`No ${locale} template for ${template}`);
    const timeZone = typeof all.timeZone === 'string' ? all.timeZone : 'UTC';
    const values = Object.fromEntries(
      Object.entries(all).filter(([key]) => !(CONTEXT_KEYS as readonly string[]).includes(key)),
    ) as Values;
    const format = (part: MessagePart, partValues: Values) =>
      formatMessage(astOf(`${template}/${locale}/${part}`, parts[part], locale), locale, partValues, timeZone);

    const escaped = escapeStrings(values);
    const layout = formatMessage(
      astOf(`layout/${locale}`, sources.layouts[locale], locale),
      locale,
      { ...escaped, content: CONTENT_MARK },
      timeZone,
    );
    const method = INVITE_METHOD_OF[template];
    if (method && !options.invite) throw new TemplateSourceError(`${template} needs a renderer with invites`);
    return {
      // One line: a name with a line break must not split the subject header.
      subject: format('subject', values).replace(/\s+/g, ' ').trim(),
      text: format('text', values).trim(),
      html: layout.replace(CONTENT_MARK, () => format('html', escaped).trim()),
      ...(hasSms(template) ? { sms: format('sms', values).trim() } : {}),
      attachments:
        method && options.invite
          ? [
              options.invite({
                method,
                startsAt: all.startsAt as Date,
                counterpartFirstName: String(template.endsWith('-client') ? all.peerFirstName : all.clientFirstName),
                invite: all.invite as InviteDetails,
              }),
            ]
          : [],
    };
  };
}
