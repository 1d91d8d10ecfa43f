/**
 * AWS: "Numeric matching works with values that are JSON numbers. It is limited to values between
 * -5.0e9 and +5.0e9 inclusive, with 15 digits of precision, or six digits to the right of the
 * decimal point." Inside that range numbers are compared as whole millionths, so 300, 300.0 and
 * 3.0e2 are the same number and float noise (0.1 + 0.2) cannot split equal values.
 */
export const NUMERIC_LIMIT = 5e9;
export const FRACTION_DIGITS = 6;
const SCALE = 1e6;
const LIMIT_MICROS = 5_000_000_000_000_000n;

/** Whole millionths for a number inside the numeric range, or undefined outside it. */
export function toMicros(value: number): number | undefined {
  if (!(value >= -NUMERIC_LIMIT && value <= NUMERIC_LIMIT)) return undefined;
  return Math.round(value * SCALE);
}

export type NumberProblem = 'out-of-range' | 'too-precise';

/**
 * Judges a JSON number by its source text, exactly (no float rounding), against the documented
 * limits: `5000000000.0000001` is out of range even though `JSON.parse` makes it 5e9.
 */
export function judgeNumberText(text: string): NumberProblem | undefined {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (match === null) return 'out-of-range';
  const [, , whole = '', fraction = '', exponentText = '0'] = match;
  let digits = (whole + fraction).replace(/^0+/, '');
  let exponent = Number(exponentText) - fraction.length; // value = digits × 10^exponent
  if (digits === '') return undefined; // zero
  const trailing = digits.length - digits.replace(/0+$/, '').length;
  digits = digits.slice(0, digits.length - trailing);
  exponent += trailing;
  if (exponent < -FRACTION_DIGITS) return 'too-precise';
  if (digits.length + exponent > 10) return 'out-of-range';
  const micros = BigInt(digits) * 10n ** BigInt(exponent + FRACTION_DIGITS);
  return micros > LIMIT_MICROS ? 'out-of-range' : undefined;
}
