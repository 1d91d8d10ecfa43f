import type { Condition } from '../ir.js';
import { wildcardMatcher } from '../wildcard.js';

export type StringTest = (value: string) => boolean;

type StringCondition = Extract<Condition, { op: 'prefix' | 'suffix' | 'equals-ignore-case' | 'wildcard' }>;

/** String-only operators; AWS: they "only work on string-valued fields". Case is folded once, here. */
export function stringTest(condition: StringCondition): StringTest {
  switch (condition.op) {
    case 'prefix': {
      const { value, ignoreCase } = condition;
      if (!ignoreCase) return (v) => v.startsWith(value);
      const lower = value.toLowerCase();
      return (v) => v.length >= value.length && v.toLowerCase().startsWith(lower);
    }
    case 'suffix': {
      const { value, ignoreCase } = condition;
      if (!ignoreCase) return (v) => v.endsWith(value);
      const lower = value.toLowerCase();
      return (v) => v.length >= value.length && v.toLowerCase().endsWith(lower);
    }
    case 'equals-ignore-case': {
      const lower = condition.value.toLowerCase();
      return (v) => v.length === condition.value.length && v.toLowerCase() === lower;
    }
    case 'wildcard':
      return wildcardMatcher(condition.wildcard);
  }
}
