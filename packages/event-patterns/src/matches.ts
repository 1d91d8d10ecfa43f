import { compile, type EventMatcher } from './compile.js';

const compiledObjects = new WeakMap<object, EventMatcher>();
const compiledTexts = new Map<string, EventMatcher>();
const MAX_CACHED_TEXTS = 1000;

/**
 * True exactly when EventBridge would deliver `event` to a rule with `pattern`. Compiles the pattern
 * on first use and caches it (patterns should not be mutated after use); throws InvalidPatternError
 * for a pattern PutRule would reject.
 */
export function matches(pattern: string | object, event: unknown): boolean {
  if (typeof pattern === 'string') {
    let matcher = compiledTexts.get(pattern);
    if (matcher === undefined) {
      matcher = compile(pattern);
      if (compiledTexts.size >= MAX_CACHED_TEXTS) compiledTexts.clear();
      compiledTexts.set(pattern, matcher);
    }
    return matcher(event);
  }
  let matcher = compiledObjects.get(pattern);
  if (matcher === undefined) {
    matcher = compile(pattern);
    compiledObjects.set(pattern, matcher);
  }
  return matcher(event);
}
