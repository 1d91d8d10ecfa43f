import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileTerms, parseTermList, type TermMatcher } from '../domain/discretion/listed-terms.js';

/** The organisation's list of words no message may contain; seeded in English and French. */
export const DISCRETION_TERMS_FILE = fileURLToPath(new URL('../../templates/discretion-terms.txt', import.meta.url));

export function readDiscretionTerms(file: string = DISCRETION_TERMS_FILE): TermMatcher[] {
  return compileTerms(parseTermList(readFileSync(file, 'utf8')));
}
