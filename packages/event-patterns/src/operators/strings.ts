import type { Condition } from '../ir.js';
import { wildcardMatcher } from '../wildcard.js';

export type StringTest = (value: string) => boolean;

let lastIn = '';
let lastOut = '';

/** Lower-cases an event value once for all the rules that test it in turn. */
export function lowerCase(value: string): string {
  if (value !== lastIn) {
    lastOut = value.toLowerCase();
    lastIn = value;
  }
  return lastOut;
}

type StringCondition = Extract<Condition, { op: 'prefix' | 'suffix' | 'equals-ignore-case' | 'wildcard' }>;

/** String-only operators; AWS: they "only work on string-valued fields". Case is folded once, here. */
export function stringTest(condition: StringCondition): StringTest {
  switch (condition.op) {
    case 'prefix': {
      const { value, ignoreCase } = condition;
      if (!ignoreCase) return (v) => v.startsWith(value);
      const lower = value.toLowerCase();
      return (v) => lowerCase(v).startsWith(lower);
    }
    case 'suffix': {
      const { value, ignoreCase } = condition;
      if (!ignoreCase) return (v) => v.endsWith(value);
      const lower = value.toLowerCase();
      return (v) => lowerCase(v).endsWith(lower);
    }
    case 'equals-ignore-case': {
      const lower = condition.value.toLowerCase();
      return (v) => lowerCase(v) === lower;
    }
    case 'wildcard':
      return wildcardMatcher(condition.wildcard);
  }
}
