import { InvalidPatternError } from './errors.js';
import type { Clause, Field } from './ir.js';
import { fromValue, type JsonNode, parseJson } from './json.js';
import { parseConditions } from './parse-conditions.js';
import { WILDCARD_COMPLEXITY_LIMIT, wildcardComplexity } from './wildcard.js';

/** PutRule's `EventPattern` parameter: "Length Constraints: Maximum length of 4096." */
export const MAX_PATTERN_LENGTH = 4096;
/**
 * AWS: PutRule and TestEventPattern "will throw an InvalidEventPatternException if the use of $or
 * results in over 1000 rule combinations".
 */
export const MAX_OR_COMBINATIONS = 1000;

/** Operator names: an `$or` whose objects use one of these is an ordinary field called "$or" (event-ruler). */
const OPERATORS = new Set([
  'prefix',
  'suffix',
  'equals-ignore-case',
  'wildcard',
  'anything-but',
  'numeric',
  'cidr',
  'exists',
]);

/** Validates a pattern (JSON text or a parsed object) and expands it into `$or`-free clauses. */
export function parsePattern(pattern: string | object): Clause[] {
  const text = typeof pattern === 'string' ? pattern : JSON.stringify(pattern);
  if (text.length > MAX_PATTERN_LENGTH) {
    throw new InvalidPatternError(
      `The pattern is ${text.length} characters long; PutRule allows ${MAX_PATTERN_LENGTH}`,
    );
  }
  const root = typeof pattern === 'string' ? parseJson(pattern) : fromValue(pattern);
  if (root.kind !== 'object') throw new InvalidPatternError('Filter is not an object');
  const clauses = parseObject(root, []);
  for (const clause of clauses) checkWildcardComplexity(clause);
  return clauses;
}

function isOrList(
  node: JsonNode,
): node is { kind: 'array'; items: { kind: 'object'; entries: Map<string, JsonNode> }[] } {
  if (node.kind !== 'array' || node.items.length < 2) return false;
  return node.items.every((item) => item.kind === 'object' && ![...item.entries.keys()].some((k) => OPERATORS.has(k)));
}

function parseObject(node: JsonNode & { kind: 'object' }, path: readonly string[]): Clause[] {
  const where = path.length === 0 ? 'the pattern' : `"${path.join('.')}"`;
  if (node.entries.size === 0) throw new InvalidPatternError(`Empty objects are not allowed (in ${where})`);
  let clauses: Field[][] = [[]];
  for (const [key, value] of node.entries) {
    if (key === '$or' && isOrList(value)) {
      const alternatives = value.items.flatMap((item) => parseObject(item, path));
      clauses = cross(clauses, alternatives, where);
      continue;
    }
    // AWS "uses dot (.) as the joining character", so {"a.b": ...} and {"a": {"b": ...}} are the same field.
    const fieldPath = [...path, ...key.split('.')];
    if (value.kind === 'object') {
      clauses = cross(clauses, parseObject(value, fieldPath), where);
    } else if (value.kind === 'array') {
      const field: Field = { path: fieldPath, conditions: parseConditions(value.items, fieldPath.join('.')) };
      for (const clause of clauses) clause.push(field);
    } else {
      throw new InvalidPatternError(`"${key}" must be an object or an array (in ${where})`);
    }
  }
  return clauses;
}

function cross(left: Field[][], right: readonly Clause[], where: string): Field[][] {
  if (left.length * right.length > MAX_OR_COMBINATIONS) {
    throw new InvalidPatternError(
      `$or in ${where} makes more than ${MAX_OR_COMBINATIONS} rule combinations (the product of every $or list's length)`,
    );
  }
  return left.flatMap((l) => right.map((r) => [...l, ...r]));
}

function checkWildcardComplexity(clause: Clause): void {
  const byField = new Map<string, Parameters<typeof wildcardComplexity>[0][number][]>();
  for (const field of clause) {
    for (const c of field.conditions) {
      const found = c.op === 'wildcard' ? [c.wildcard] : c.op === 'anything-but-wildcard' ? c.wildcards : [];
      if (found.length === 0) continue;
      const key = field.path.join('.');
      const known = byField.get(key) ?? [];
      const isNew = (w: (typeof found)[number]) => !known.some((k) => k.segments.join('*') === w.segments.join('*'));
      byField.set(key, [...known, ...found.filter(isNew)]);
    }
  }
  for (const [key, wildcards] of byField) {
    if (wildcardComplexity(wildcards) > WILDCARD_COMPLEXITY_LIMIT) {
      throw new InvalidPatternError(
        `Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after a wildcard character (field "${key}")`,
      );
    }
  }
}
