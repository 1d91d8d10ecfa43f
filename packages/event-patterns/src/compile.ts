import type { Clause, Condition } from './ir.js';
import { leafTest, type ValueTest } from './leaf.js';
import { parsePattern } from './parse.js';

/** A compiled rule: true exactly when EventBridge would deliver the event to it. */
export type EventMatcher = (event: unknown) => boolean;

/**
 * Compiles a pattern (JSON text or object) once into closures. Throws InvalidPatternError when
 * PutRule would reject the pattern.
 */
export function compile(pattern: string | object): EventMatcher {
  return compileClauses(parsePattern(pattern));
}

/** Compiles already-validated clauses (see parsePattern). */
export function compileClauses(parsed: readonly Clause[]): EventMatcher {
  const clauses = parsed.map(compileClause);
  if (clauses.length === 1) return clauses[0]!;
  return (event) => {
    for (const clause of clauses) if (clause(event)) return true;
    return false;
  };
}

interface TreeNode {
  readonly leaves: Condition[][];
  readonly children: Map<string, TreeNode>;
}

function compileClause(clause: Clause): EventMatcher {
  const root: TreeNode = { leaves: [], children: new Map() };
  for (const field of clause) {
    let node = root;
    for (const segment of field.path) {
      let child = node.children.get(segment);
      if (child === undefined) {
        child = { leaves: [], children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    }
    // A field reached twice (dotted and nested keys, or through $or) must satisfy both, so the
    // result never depends on the order of keys; a literally repeated key keeps its last value.
    node.leaves.push([...field.conditions]);
  }
  return compileNode(root, true);
}

const COST: Record<Condition['op'], number> = {
  exact: 1,
  exists: 1,
  prefix: 2,
  suffix: 2,
  numeric: 2,
  'anything-but': 2,
  'anything-but-prefix': 3,
  'anything-but-suffix': 3,
  'equals-ignore-case': 3,
  'anything-but-equals-ignore-case': 4,
  wildcard: 4,
  'anything-but-wildcard': 5,
  cidr: 6,
};

function cost(node: TreeNode): number {
  let total = 0;
  for (const group of node.leaves) for (const c of group) total += COST[c.op];
  for (const child of node.children.values()) total += 1 + cost(child);
  return total;
}

/** Cheap, selective checks (exact `source`, `detail-type`) run first, so most rules fail fast. */
function compileNode(node: TreeNode, isRoot = false): ValueTest {
  const leafTests = node.leaves.map(leafTest);
  if (node.children.size === 0) {
    if (leafTests.length === 1) return leafTests[0]!;
    return (value) => leafTests.every((t) => t(value));
  }
  const entries = [...node.children].sort(([, a], [, b]) => cost(a) - cost(b));
  const keys = entries.map(([key]) => key);
  const tests = entries.map(([, child]) => compileNode(child));
  const joinable = entries.map(([, child]) => child.children.size > 0);
  const inherited = keys.map((key) => key in Object.prototype);
  const n = keys.length;
  const objectTest = (obj: Record<string, unknown>): boolean => {
    for (let i = 0; i < n; i++) {
      const key = keys[i]!;
      let value = inherited[i] && !Object.hasOwn(obj, key) ? undefined : obj[key];
      if (value === undefined && joinable[i]) value = joinedKeys(obj, key);
      if (!tests[i]!(value)) return false;
    }
    return true;
  };
  const absentMatches = tests.every((t) => t(undefined));
  // Objects inside an array are tried one by one, so two fields only match together when they
  // come from the same element (event-ruler's array-consistent matching, used by EventBridge).
  const inArray = (values: readonly unknown[]): 0 | 1 | 2 => {
    let seen: 0 | 1 = 0;
    for (const v of values) {
      if (Array.isArray(v)) {
        const r = inArray(v);
        if (r === 2) return 2;
        seen = (seen | r) as 0 | 1;
      } else if (v !== null && typeof v === 'object') {
        if (objectTest(v as Record<string, unknown>)) return 2;
        seen = 1;
      }
    }
    return seen;
  };
  const childrenTest: ValueTest = (value) => {
    if (value === null || typeof value !== 'object') return absentMatches && !isRoot;
    if (!Array.isArray(value)) return objectTest(value as Record<string, unknown>);
    if (isRoot) return false; // an event is always a JSON object
    const r = inArray(value);
    return r === 2 || (r === 0 && absentMatches);
  };
  if (leafTests.length === 0) return childrenTest;
  return (value) => leafTests.every((t) => t(value)) && childrenTest(value);
}

/**
 * AWS: "when EventBridge compiles event patterns for use, it uses dot (.) as the joining
 * character", so an event key "state.status" is the same field as "state" → "status". Only looked
 * up when the plain key is missing, so ordinary events pay nothing.
 */
function joinedKeys(obj: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const prefix = `${key}.`;
  let found: Record<string, unknown> | undefined;
  for (const k in obj) {
    if (k.startsWith(prefix) && Object.hasOwn(obj, k)) {
      found ??= {};
      found[k.slice(prefix.length)] = obj[k];
    }
  }
  return found;
}
