import { type Formatters, IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';

/** A parsed ICU message. Tags are left as text: in HTML parts they are the organisation's markup. */
export type MessageAst = ReturnType<IntlMessageFormat['getAst']>;
type Element = MessageAst[number];

export function parseMessage(source: string, locale: string): MessageAst {
  return new IntlMessageFormat(source, locale, undefined, { ignoreTag: true }).getAst();
}

/** Intl formatters that write every date and time in the recipient's zone, not the server's. */
function formattersIn(timeZone: string): Formatters {
  return {
    // formatjs' option types run ahead of this TypeScript lib's; the values are Intl's own.
    getNumberFormat: (locales, options) => new Intl.NumberFormat(locales, options as Intl.NumberFormatOptions),
    getDateTimeFormat: (locales, options) => new Intl.DateTimeFormat(locales, { ...options, timeZone }),
    getPluralRules: (locales, options) => new Intl.PluralRules(locales, options),
  };
}

export function formatMessage(
  ast: MessageAst,
  locale: string,
  values: Record<string, PrimitiveType>,
  timeZone: string,
): string {
  const formatted = new IntlMessageFormat(ast, locale, undefined, { formatters: formattersIn(timeZone) }).format(
    values,
  );
  return Array.isArray(formatted) ? formatted.join('') : String(formatted);
}

/** Every variable a message refers to, including those inside plural, select and tag branches. */
export function referencedVariables(ast: MessageAst): Set<string> {
  const names = new Set<string>();
  const visit = (elements: readonly Element[]): void => {
    for (const element of elements) {
      if ('options' in element) {
        names.add(element.value);
        for (const option of Object.values(element.options)) visit(option.value);
      } else if ('children' in element) {
        visit(element.children);
      } else if (element.type !== 0 && element.type !== 7 && 'value' in element) {
        // 0 = literal text, 7 = the `#` of a plural: neither names a variable.
        names.add(element.value);
      }
    }
  };
  visit(ast);
  return names;
}
