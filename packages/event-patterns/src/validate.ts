import { InvalidPatternError } from './errors.js';
import { parsePattern } from './parse.js';

export type PatternValidation = { ok: true } | { ok: false; reason: string };

/**
 * Says whether PutRule would accept the pattern. A string is judged as the JSON text PutRule
 * receives, so numbers are checked as written, before any rounding.
 */
export function validatePattern(pattern: string | object): PatternValidation {
  try {
    parsePattern(pattern);
    return { ok: true };
  } catch (error) {
    if (error instanceof InvalidPatternError) return { ok: false, reason: error.reason };
    throw error;
  }
}
