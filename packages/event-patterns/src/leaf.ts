import type { Condition, Scalar } from './ir.js';
import { toMicros } from './numbers.js';
import { anythingButTest } from './operators/anything-but.js';
import { cidrTest } from './operators/cidr.js';
import { type MicrosTest, numericTest } from './operators/numeric.js';
import { type StringTest, stringTest } from './operators/strings.js';

/** Tests the event value found at a field's path (undefined when the path is absent). */
export type ValueTest = (value: unknown) => boolean;

/**
 * Compiles a field's conditions (any of them may match) into one test, sorted by the type of value
 * each can match so an event value meets only the checks that could succeed: exact values are Set
 * lookups, numbers are compared as pre-converted millionths.
 */
export function leafTest(conditions: readonly Condition[]): ValueTest {
  // AWS: exists matching "only works on leaf nodes"; an object, an empty array or a missing field
  // all count as absent, and `null` is a present value.
  const absentMatches = conditions.some((c) => c.op === 'exists' && !c.value);
  const scalar = scalarTest(conditions);
  const inArray = (values: readonly unknown[]): 0 | 1 | 2 => {
    let seen: 0 | 1 = 0;
    for (const v of values) {
      if (Array.isArray(v)) {
        const r = inArray(v);
        if (r === 2) return 2;
        if (r === 1) seen = 1;
      } else if (v === null || typeof v !== 'object') {
        if (scalar(v as Scalar)) return 2;
        seen = 1;
      }
    }
    return seen;
  };
  const generic: ValueTest = (value) => {
    if (value === undefined) return absentMatches;
    if (value === null || typeof value !== 'object') return scalar(value as Scalar);
    if (!Array.isArray(value)) return absentMatches;
    // AWS: an array in the event matches "if the intersection of the event array and the
    // event-pattern array is non-empty"; nested arrays are flattened.
    const r = inArray(value);
    return r === 2 || (r === 0 && absentMatches);
  };
  // The common `"source": ["a", "b"]` field: one string comparison or Set lookup, nothing else.
  if (conditions.every((c) => c.op === 'exact' && typeof c.value === 'string')) {
    const values = conditions.map((c) => (c as { value: string }).value);
    const [only] = values;
    const set = new Set(values);
    if (set.size === 1) return (value) => (typeof value === 'string' ? value === only : generic(value));
    return (value) => (typeof value === 'string' ? set.has(value) : generic(value));
  }
  return generic;
}

function scalarTest(conditions: readonly Condition[]): (value: Scalar) => boolean {
  if (conditions.some((c) => c.op === 'exists' && c.value)) return () => true;
  const strings = new Set<string>();
  const micros = new Set<number>();
  const rawNumbers = new Set<number>();
  const literals = new Set<boolean | null>();
  const stringTests: StringTest[] = [];
  const numberTests: MicrosTest[] = [];
  const anyTests: ((v: Scalar) => boolean)[] = [];
  for (const c of conditions) {
    switch (c.op) {
      case 'exact':
        if (typeof c.value === 'string') strings.add(c.value);
        else if (typeof c.value === 'number') {
          // Numbers match by value (300 = 300.0 = 3.0e2). AWS's page says "For numbers, EventBridge
          // uses string representation. For example, 300, 300.0, and 3.0e2 are not considered
          // equal", but EventBridge itself matches 300 against 300.0 (LocalStack's recorded parity
          // test number_comparison_float), so we follow what AWS does.
          const m = toMicros(c.value);
          if (m === undefined) rawNumbers.add(c.value);
          else micros.add(m);
        } else literals.add(c.value);
        break;
      case 'prefix':
      case 'suffix':
      case 'equals-ignore-case':
      case 'wildcard':
        stringTests.push(stringTest(c));
        break;
      case 'cidr':
        stringTests.push(cidrTest(c));
        break;
      case 'numeric':
        numberTests.push(numericTest(c));
        break;
      case 'exists':
        break;
      default:
        anyTests.push(anythingButTest(c));
    }
  }
  const onlyString = strings.size === 1 && stringTests.length + numberTests.length + anyTests.length === 0;
  if (onlyString && micros.size + rawNumbers.size + literals.size === 0) {
    const [only] = strings;
    return (v) => v === only;
  }
  const stringMatch = stringMatcher(strings, stringTests);
  return (v) => {
    if (typeof v === 'string') {
      if (stringMatch(v)) return true;
    } else if (typeof v === 'number') {
      const m = toMicros(v);
      if (m === undefined) {
        if (rawNumbers.has(v)) return true;
      } else {
        if (micros.has(m)) return true;
        for (const t of numberTests) if (t(m)) return true;
      }
    } else if (literals.has(v)) {
      return true;
    }
    for (const t of anyTests) if (t(v)) return true;
    return false;
  };
}

function stringMatcher(strings: ReadonlySet<string>, tests: readonly StringTest[]): StringTest {
  if (tests.length === 0) return strings.size === 0 ? () => false : (v) => strings.has(v);
  if (strings.size === 0 && tests.length === 1) return tests[0]!;
  return (v) => {
    if (strings.has(v)) return true;
    for (const t of tests) if (t(v)) return true;
    return false;
  };
}
