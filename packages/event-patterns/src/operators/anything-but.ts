import type { Condition, Scalar } from '../ir.js';
import { toMicros } from '../numbers.js';
import { wildcardMatcher } from '../wildcard.js';
import { lowerCase } from './strings.js';

type AnythingBut = Extract<
  Condition,
  {
    op:
      | 'anything-but'
      | 'anything-but-prefix'
      | 'anything-but-suffix'
      | 'anything-but-equals-ignore-case'
      | 'anything-but-wildcard';
  }
>;

/**
 * `anything-but` matches every present value except the excluded ones. Surprising but true to AWS
 * (recorded against EventBridge by LocalStack's parity tests): `null`, booleans and numbers match a
 * string exclusion, and numbers match `{"anything-but": {"prefix": "init"}}`, because only strings
 * can start with "init". A missing field never matches.
 */
export function anythingButTest(condition: AnythingBut): (value: Scalar) => boolean {
  switch (condition.op) {
    case 'anything-but': {
      const strings = new Set(condition.values.filter((v) => typeof v === 'string'));
      const numbers = condition.values.filter((v) => typeof v === 'number');
      const micros = new Set(numbers.map(toMicros).filter((m) => m !== undefined));
      const raw = new Set(numbers);
      return (v) => {
        if (typeof v === 'string') return !strings.has(v);
        if (typeof v === 'number') {
          const m = toMicros(v);
          return !(m === undefined ? raw.has(v) : micros.has(m));
        }
        return true;
      };
    }
    case 'anything-but-prefix':
      return stringExclusion((v) => condition.values.some((p) => v.startsWith(p)));
    case 'anything-but-suffix':
      return stringExclusion((v) => condition.values.some((s) => v.endsWith(s)));
    case 'anything-but-equals-ignore-case': {
      const lowered = new Set(condition.values.map((v) => v.toLowerCase()));
      return stringExclusion((v) => lowered.has(lowerCase(v)));
    }
    case 'anything-but-wildcard': {
      const matchers = condition.wildcards.map(wildcardMatcher);
      return stringExclusion((v) => matchers.some((m) => m(v)));
    }
  }
}

function stringExclusion(excluded: (value: string) => boolean): (value: Scalar) => boolean {
  return (v) => typeof v !== 'string' || !excluded(v);
}
