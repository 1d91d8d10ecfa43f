import fc from 'fast-check';
import { validatePattern } from '../src/index.js';

/** Small vocabularies, so generated patterns and events often share fields and values. */
export const fieldName = fc.constantFrom('a', 'b', 'c');
export const stringValue = fc.constantFrom('', 'x', 'xy', 'X', 'yx', '10.0.0.7');
export const numberValue = fc.constantFrom(0, 1, 2.5, 300, -7);
export const scalar = fc.oneof(stringValue, numberValue, fc.boolean(), fc.constant(null));

const condition = fc.oneof(
  scalar,
  stringValue.map((prefix) => ({ prefix })),
  stringValue.map((suffix) => ({ suffix })),
  stringValue.map((v) => ({ 'equals-ignore-case': v })),
  stringValue.map((v) => ({ prefix: { 'equals-ignore-case': v } })),
  fc.constantFrom('x*', '*y*', '*', 'x*y').map((wildcard) => ({ wildcard })),
  fc
    .oneof(stringValue, numberValue, fc.array(stringValue, { minLength: 1, maxLength: 3 }))
    .map((v) => ({ 'anything-but': v })),
  fc.constantFrom('x', 'y').map((prefix) => ({ 'anything-but': { prefix } })),
  fc.tuple(numberValue, fc.constantFrom('<', '<=', '>', '>=', '=')).map(([n, op]) => ({ numeric: [op, n] })),
  fc.constant({ numeric: ['>', 0, '<=', 300] }),
  fc.constant({ cidr: '10.0.0.0/24' }),
  fc.boolean().map((exists) => ({ exists })),
);

const conditions = fc.array(condition, { minLength: 1, maxLength: 3 });

/** A pattern object, up to two levels deep, sometimes with `$or` (not always valid: see `pattern`). */
export const anyPattern: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{ node: Record<string, unknown> }>(
  (tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.dictionary(fieldName, conditions, { minKeys: 1, maxKeys: 3 }),
      fc.dictionary(fieldName, fc.oneof(conditions, tie('node')), { minKeys: 1, maxKeys: 2 }),
      fc
        .tuple(
          fc.array(tie('node'), { minLength: 2, maxLength: 3 }),
          fc.dictionary(fieldName, conditions, { maxKeys: 1 }),
        )
        .map(([alternatives, rest]) => ({ ...rest, $or: alternatives })),
    ),
  }),
).node;

/** A pattern PutRule accepts (a few generated ones hold too many wildcards on one field). */
export const pattern = anyPattern.filter((p) => validatePattern(p).ok);

/** An event built from the same names and values, with nested objects and arrays. */
export const event: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{
  value: unknown;
  object: Record<string, unknown>;
}>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, fc.array(scalar, { maxLength: 3 }), tie('object')),
  object: fc.dictionary(fieldName, tie('value'), { maxKeys: 3 }),
})).object;

/** The same JSON value with every object's keys in a shuffled order. */
export function reorder(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => reorder(v, seed + i));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const shuffled = entries
    .map((entry, i) => ({ entry, key: Math.sin(seed * 31 + i * 17) }))
    .sort((a, b) => a.key - b.key)
    .map(({ entry: [k, v] }, i) => [k, reorder(v, seed + i + 1)] as const);
  return Object.fromEntries(shuffled);
}
