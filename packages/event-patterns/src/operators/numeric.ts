import type { Condition } from '../ir.js';
import { toMicros } from '../numbers.js';

/** Tests an event number already converted to whole millionths (see numbers.ts). */
export type MicrosTest = (micros: number) => boolean;

/** `numeric` with one comparison or a range; bounds are converted once, at compile time. */
export function numericTest(condition: Extract<Condition, { op: 'numeric' }>): MicrosTest {
  const tests = condition.terms.map(({ cmp, value }): MicrosTest => {
    const bound = toMicros(value)!; // validated to lie within the numeric range
    switch (cmp) {
      case '<':
        return (m) => m < bound;
      case '<=':
        return (m) => m <= bound;
      case '>':
        return (m) => m > bound;
      case '>=':
        return (m) => m >= bound;
      default:
        return (m) => m === bound;
    }
  });
  const [first, second] = tests as [MicrosTest, MicrosTest | undefined];
  return second === undefined ? first : (m) => first(m) && second(m);
}
