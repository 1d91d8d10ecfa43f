/**
 * Wildcard values. AWS: "You can use the wildcard character (*) to match string values" and escape it
 * with a backslash; event-ruler adds: "consecutive wildcard characters are not allowed", "Two
 * consecutive backslashes ... represents the actual backslash character. A backslash escaping any
 * character other than asterisk or backslash is not allowed."
 */
export interface ParsedWildcard {
  /** Literal text between unescaped `*`s (one more entry than there are wildcards). */
  readonly segments: readonly string[];
}

/** Returns the parsed wildcard, or the AWS reason why it is rejected. */
export function parseWildcard(text: string): ParsedWildcard | string {
  const segments: string[] = [];
  let current = '';
  let afterWildcard = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '*') {
      if (afterWildcard) return `Consecutive wildcard characters at pos ${i}`;
      segments.push(current);
      current = '';
      afterWildcard = true;
      continue;
    }
    afterWildcard = false;
    if (c === '\\') {
      const next = text[i + 1];
      if (next !== '*' && next !== '\\') return `Invalid escape character at pos ${i + 1}`;
      current += next;
      i++;
    } else {
      current += c;
    }
  }
  segments.push(current);
  return { segments };
}

/** Leftmost-first segment search: linear, no regular-expression backtracking. */
export function wildcardMatcher({ segments }: ParsedWildcard): (value: string) => boolean {
  const first = segments[0]!;
  if (segments.length === 1) return (value) => value === first;
  const last = segments[segments.length - 1]!;
  const middle = segments.slice(1, -1).filter((s) => s !== '');
  const minLength = segments.reduce((n, s) => n + s.length, 0);
  return (value) => {
    if (value.length < minLength || !value.startsWith(first) || !value.endsWith(last)) return false;
    let at = first.length;
    const end = value.length - last.length;
    for (const segment of middle) {
      const found = value.indexOf(segment, at);
      if (found < 0 || found + segment.length > end) return false;
      at = found + segment.length;
    }
    return true;
  };
}

/**
 * AWS rejects wildcard rules that are "too complex - try using fewer wildcard characters or fewer
 * repeating character sequences after a wildcard character". AWS does not publish its formula
 * (event-ruler's MachineComplexityEvaluator counts wildcard prefixes a worst-case value keeps alive).
 * We approximate it: the most wildcard states that one value can keep alive at once across all the
 * wildcard values on one field. The documented rejection `*:*:*:*:*:event-bus/*` scores 6.
 */
export const WILDCARD_COMPLEXITY_LIMIT = 5;

export function wildcardComplexity(wildcards: readonly ParsedWildcard[]): number {
  // NFA positions: [wildcard index, segment index, offset in segment]; a position at offset 0 of a
  // segment after the first sits inside a `*` and stays alive on any character.
  const alphabet = new Set<string>(['\u0000']);
  for (const w of wildcards) for (const s of w.segments) for (const ch of s) alphabet.add(ch);
  const key = (w: number, s: number, o: number) => `${w}:${s}:${o}`;
  const close = (w: number, s: number, o: number, out: Map<string, [number, number, number]>) => {
    const segments = wildcards[w]!.segments;
    out.set(key(w, s, o), [w, s, o]);
    // an empty remainder of a non-final segment lets the next `*` start at once
    if (o === segments[s]!.length && s < segments.length - 1) close(w, s + 1, 0, out);
  };
  let start = new Map<string, [number, number, number]>();
  for (let w = 0; w < wildcards.length; w++) close(w, 0, 0, start);
  const seen = new Set<string>();
  const pending = [start];
  let worst = 0;
  while (pending.length > 0 && seen.size < 20_000) {
    start = pending.pop()!;
    const id = [...start.keys()].sort().join('|');
    if (seen.has(id)) continue;
    seen.add(id);
    let alive = 0;
    for (const [, s, o] of start.values()) if (s > 0 && o === 0) alive++;
    worst = Math.max(worst, alive);
    for (const ch of alphabet) {
      const next = new Map<string, [number, number, number]>();
      for (const [w, s, o] of start.values()) {
        const segment = wildcards[w]!.segments[s]!;
        if (s > 0 && o === 0) close(w, s, 0, next); // the `*` absorbs ch
        if (segment[o] === ch) close(w, s, o + 1, next);
      }
      if (next.size > 0) pending.push(next);
    }
  }
  return worst;
}
