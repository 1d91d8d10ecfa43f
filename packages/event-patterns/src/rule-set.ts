import { compileClauses, type EventMatcher } from './compile.js';
import type { Clause } from './ir.js';
import { parsePattern } from './parse.js';

/**
 * Many rules on one bus. Each rule is filed under the exact `source` and `detail-type` strings it
 * requires (in every `$or` alternative), so an event is only tested against rules that could match
 * it — matching time then grows with the rules per source and type, not with the whole bus, as with
 * event-ruler's state machine in AWS.
 */
export interface RuleSet<K> {
  /** Validates and compiles the pattern (throws InvalidPatternError); replaces an existing key. */
  add(key: K, pattern: string | object): void;
  remove(key: K): boolean;
  /** Keys of the rules that match, in the order they were added. */
  match(event: unknown): K[];
  readonly size: number;
}

interface Entry<K> {
  readonly key: K;
  readonly order: number;
  readonly matcher: EventMatcher;
  /** [source, detail-type] pairs the entry is filed under, with "*" for "any". */
  readonly slots: readonly (readonly [string, string])[];
}

const ANY = '*';
const NONE: readonly never[] = [];

export function createRuleSet<K>(): RuleSet<K> {
  const entries = new Map<K, Entry<K>>();
  // source → detail-type → rules, in the order they were added
  const index = new Map<string, Map<string, Entry<K>[]>>();
  let order = 0;

  const remove = (key: K): boolean => {
    const entry = entries.get(key);
    if (entry === undefined) return false;
    entries.delete(key);
    for (const [source, type] of entry.slots) {
      const byType = index.get(source)!;
      const list = byType.get(type)!.filter((e) => e !== entry);
      if (list.length > 0) byType.set(type, list);
      else if (byType.delete(type) && byType.size === 0) index.delete(source);
    }
    return true;
  };

  // Straight-line lookups: this runs once per event, so it allocates only when lists must merge.
  const filed = (source: unknown, type: unknown): readonly Entry<K>[] => {
    const bySource = typeof source === 'string' ? index.get(source) : undefined;
    const byAnySource = index.get(ANY);
    const typed = typeof type === 'string';
    const a = typed ? bySource?.get(type) : undefined;
    const b = bySource?.get(ANY);
    const c = typed ? byAnySource?.get(type) : undefined;
    const d = byAnySource?.get(ANY);
    const found = (a ? 1 : 0) + (b ? 1 : 0) + (c ? 1 : 0) + (d ? 1 : 0);
    if (found <= 1) return a ?? b ?? c ?? d ?? NONE;
    return [a, b, c, d].flatMap((list) => list ?? []).sort((x, y) => x.order - y.order);
  };

  return {
    add(key, pattern) {
      const clauses = parsePattern(pattern);
      const matcher = compileClauses(clauses);
      remove(key);
      const sources = requiredStrings(clauses, 'source') ?? [ANY];
      const types = requiredStrings(clauses, 'detail-type') ?? [ANY];
      const slots = sources.flatMap((s) => types.map((t) => [s, t] as const));
      const entry: Entry<K> = { key, order: order++, matcher, slots };
      entries.set(key, entry);
      for (const [source, type] of slots) {
        const byType = index.get(source) ?? new Map<string, Entry<K>[]>();
        index.set(source, byType);
        byType.set(type, [...(byType.get(type) ?? []), entry]);
      }
    },
    remove,
    match(event) {
      if (event === null || typeof event !== 'object' || Array.isArray(event)) return [];
      const { source, 'detail-type': type } = event as Record<string, unknown>;
      const indexable =
        (source === undefined || typeof source === 'string') && (type === undefined || typeof type === 'string');
      // An array or a number in source/detail-type: any rule may still match, so try them all.
      const candidates = indexable ? filed(source, type) : [...entries.values()];
      const matched: K[] = [];
      for (const entry of candidates) if (entry.matcher(event)) matched.push(entry.key);
      return matched;
    },
    get size() {
      return entries.size;
    },
  };
}

/** The exact strings every clause requires of a top-level field, or undefined when some clause does not. */
function requiredStrings(clauses: readonly Clause[], field: string): string[] | undefined {
  const values = new Set<string>();
  for (const clause of clauses) {
    const exact = clause.find(
      (f) =>
        f.path.length === 1 &&
        f.path[0] === field &&
        f.conditions.every((c) => c.op === 'exact' && typeof c.value === 'string' && c.value !== ANY),
    );
    if (exact === undefined) return undefined;
    for (const c of exact.conditions) values.add((c as { value: string }).value);
  }
  return [...values];
}
