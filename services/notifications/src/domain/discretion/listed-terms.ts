/**
 * Discretion check (DESIGN §5): does a message name a condition, substance use, the safety screen
 * or the nature of the service? Terms come from the organisation's list, one per line; a trailing
 * `*` matches any word that starts with the term. Matching is on whole words, ignoring case and
 * accents, and a space or hyphen inside a term matches either.
 */

export interface TermMatcher {
  term: string;
  pattern: RegExp;
}

/** Lower case, accents removed: "Thérapie" and "therapie" compare equal. */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const WORD = '[\\p{L}\\p{N}]';

export function compileTerms(terms: readonly string[]): TermMatcher[] {
  return terms.map((term) => {
    const prefix = term.endsWith('*');
    const words = fold(prefix ? term.slice(0, -1) : term)
      .split(/[\s\-\u2010\u2011]+/)
      .filter(Boolean)
      .map(escapeRegExp);
    const body = words.join('[\\s\\-\\u2010\\u2011]+');
    return { term, pattern: new RegExp(`(?<!${WORD})${body}${prefix ? `${WORD}*` : ''}(?!${WORD})`, 'u') };
  });
}

/** The listed terms a text contains, in list order; empty when the text is discreet. */
export function findListedTerms(text: string, matchers: readonly TermMatcher[]): string[] {
  const folded = fold(text);
  return matchers.filter(({ pattern }) => pattern.test(folded)).map(({ term }) => term);
}

/** The terms file's lines, without blanks and `#` comments. */
export function parseTermList(source: string): string[] {
  return source
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0);
}
