import type { CidrRange } from './cidr.js';
import type { ParsedWildcard } from './wildcard.js';

/** A JSON scalar as it appears in an event. */
export type Scalar = string | number | boolean | null;

export type NumericComparison = '<' | '<=' | '>' | '>=' | '=';

/** One validated entry of a field's value array; a field matches when any of its conditions does. */
export type Condition =
  | { readonly op: 'exact'; readonly value: Scalar }
  | { readonly op: 'prefix' | 'suffix'; readonly value: string; readonly ignoreCase: boolean }
  | { readonly op: 'equals-ignore-case'; readonly value: string }
  | { readonly op: 'wildcard'; readonly wildcard: ParsedWildcard }
  | { readonly op: 'anything-but'; readonly values: readonly (string | number)[] }
  | { readonly op: 'anything-but-prefix' | 'anything-but-suffix'; readonly values: readonly string[] }
  | { readonly op: 'anything-but-equals-ignore-case'; readonly values: readonly string[] }
  | { readonly op: 'anything-but-wildcard'; readonly wildcards: readonly ParsedWildcard[] }
  | { readonly op: 'numeric'; readonly terms: readonly { cmp: NumericComparison; value: number }[] }
  | { readonly op: 'cidr'; readonly range: CidrRange }
  | { readonly op: 'exists'; readonly value: boolean };

/** A field of the pattern: its path from the event root (dotted keys already split) and its conditions. */
export interface Field {
  readonly path: readonly string[];
  readonly conditions: readonly Condition[];
}

/** One `$or`-free alternative: every field must match. A pattern matches when any clause does. */
export type Clause = readonly Field[];
