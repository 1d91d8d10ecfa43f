import { cidrRange, parseIp } from './cidr.js';
import { InvalidPatternError } from './errors.js';
import type { Condition, NumericComparison } from './ir.js';
import type { JsonNode } from './json.js';
import { judgeNumberText } from './numbers.js';
import { type ParsedWildcard, parseWildcard } from './wildcard.js';

type Fail = (reason: string) => never;

/** Parses one field's value array (`"state": [ ... ]`) into conditions, or throws InvalidPatternError. */
export function parseConditions(items: readonly JsonNode[], field: string): Condition[] {
  const fail: Fail = (reason) => {
    throw new InvalidPatternError(`${reason} (field "${field}")`);
  };
  if (items.length === 0) fail('Empty arrays are not allowed');
  return items.map((item) => parseCondition(item, fail));
}

function parseCondition(item: JsonNode, fail: Fail): Condition {
  switch (item.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return { op: 'exact', value: item.value };
    case 'null':
      return { op: 'exact', value: null };
    case 'array':
      return fail('Match value must be String, number, true, false, or null');
    case 'object': {
      if (item.entries.size !== 1) fail('Only one key allowed in match expression');
      const [[op, operand]] = item.entries as unknown as [[string, JsonNode]];
      return parseOperator(op, operand, fail);
    }
  }
}

function parseOperator(op: string, operand: JsonNode, fail: Fail): Condition {
  switch (op) {
    case 'prefix':
    case 'suffix': {
      if (operand.kind === 'string') return { op, value: operand.value, ignoreCase: false };
      const inner =
        operand.kind === 'object' && operand.entries.size === 1 && operand.entries.get('equals-ignore-case');
      if (inner && inner.kind === 'string') return { op, value: inner.value, ignoreCase: true };
      return fail(`${op} match pattern must be a string`);
    }
    case 'equals-ignore-case':
      if (operand.kind !== 'string') fail('equals-ignore-case match pattern must be a string');
      return { op, value: (operand as { value: string }).value };
    case 'wildcard':
      if (operand.kind !== 'string') fail('wildcard match pattern must be a string');
      return { op, wildcard: wildcardOrFail((operand as { value: string }).value, fail) };
    case 'anything-but':
      return parseAnythingBut(operand, fail);
    case 'numeric':
      return parseNumeric(operand, fail);
    case 'cidr':
      return parseCidr(operand, fail);
    case 'exists':
      if (operand.kind !== 'boolean') fail('exists match pattern must be either true or false.');
      return { op, value: (operand as { value: boolean }).value };
    default:
      return fail(`Unrecognized match type ${op}`);
  }
}

function wildcardOrFail(text: string, fail: Fail): ParsedWildcard {
  const parsed = parseWildcard(text);
  return typeof parsed === 'string' ? fail(parsed) : parsed;
}

function stringsOf(operand: JsonNode, reason: string, fail: Fail): string[] {
  const items = operand.kind === 'array' ? operand.items : [operand];
  if (items.length === 0) fail('Empty arrays are not allowed');
  return items.map((item) => (item.kind === 'string' ? item.value : fail(reason)));
}

function parseAnythingBut(operand: JsonNode, fail: Fail): Condition {
  const notSingle = 'Value of anything-but must be an array or single string/number value.';
  if (operand.kind === 'string' || operand.kind === 'number') return { op: 'anything-but', values: [operand.value] };
  if (operand.kind === 'array') {
    if (operand.items.length === 0) fail('Empty arrays are not allowed');
    const values = operand.items.map((item) =>
      item.kind === 'string' || item.kind === 'number'
        ? item.value
        : fail('Inside anything but list, start|null|boolean is not supported.'),
    );
    // AWS: "including lists that contain only strings, or only numbers".
    if (new Set(values.map((v) => typeof v)).size > 1)
      fail('Inside anything but list, all values must be strings or all numbers');
    return { op: 'anything-but', values };
  }
  if (operand.kind !== 'object' || operand.entries.size !== 1) return fail(notSingle);
  const [[inner, value]] = operand.entries as unknown as [[string, JsonNode]];
  switch (inner) {
    case 'prefix':
    case 'suffix': {
      // AWS rejects `{"anything-but": {"prefix": {"equals-ignore-case": ...}}}` with this message.
      if (value.kind === 'object') fail(notSingle);
      const values = stringsOf(value, 'prefix/suffix match pattern must be a string', fail);
      if (values.includes('')) fail(`Null ${inner} not allowed inside anything-but`);
      return { op: inner === 'prefix' ? 'anything-but-prefix' : 'anything-but-suffix', values };
    }
    case 'equals-ignore-case': {
      const reason = 'Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.';
      return { op: 'anything-but-equals-ignore-case', values: stringsOf(value, reason, fail) };
    }
    case 'wildcard': {
      const texts = stringsOf(value, 'wildcard match pattern must be a string', fail);
      return { op: 'anything-but-wildcard', wildcards: texts.map((t) => wildcardOrFail(t, fail)) };
    }
    default:
      return fail(`Unsupported anything-but pattern: ${inner}`);
  }
}

const COMPARISONS = new Set<string>(['<', '<=', '>', '>=', '=']);
const isLower = (cmp: string) => cmp === '>' || cmp === '>=';
const isUpper = (cmp: string) => cmp === '<' || cmp === '<=';

function parseNumeric(operand: JsonNode, fail: Fail): Condition {
  if (operand.kind !== 'array' || operand.items.length === 0) fail('Value of numeric must be an array.');
  const items = (operand as { items: readonly JsonNode[] }).items;
  const terms: { cmp: NumericComparison; value: number }[] = [];
  for (let i = 0; i < items.length; i += 2) {
    if (terms.length === 2) fail('Too many terms in numeric range expression');
    const op = items[i]!;
    if (op.kind !== 'string' || !COMPARISONS.has(op.value)) {
      fail(`Unrecognized numeric range operator: ${op.kind === 'string' ? op.value : JSON.stringify(op)}`);
    }
    const cmp = (op as { value: NumericComparison }).value;
    const value = items[i + 1];
    if (value === undefined || value.kind !== 'number') return fail(`Value of ${cmp} must be numeric`);
    const problem = judgeNumberText(value.text);
    // AWS: "limited to values between -5.0e9 and +5.0e9 inclusive, with 15 digits of precision, or
    // six digits to the right of the decimal point".
    if (problem === 'out-of-range') fail(`Value of ${cmp} must be between -5.0e9 and +5.0e9 inclusive: ${value.text}`);
    if (problem === 'too-precise')
      fail(`Value of ${cmp} has more than six digits after the decimal point: ${value.text}`);
    terms.push({ cmp, value: value.value });
  }
  const [first, second] = terms;
  if (second !== undefined) {
    const range = isLower(first!.cmp) ? isUpper(second.cmp) : isUpper(first!.cmp) && isLower(second.cmp);
    if (!range) fail(`Bad numeric range operator: ${second.cmp}`);
    const [low, high] = isLower(first!.cmp) ? [first!, second] : [second, first!];
    if (!(low.value < high.value)) fail(`Bottom must be less than top: ${low.value} is not below ${high.value}`);
  }
  return { op: 'numeric', terms };
}

function parseCidr(operand: JsonNode, fail: Fail): Condition {
  // Surprising but true to AWS: a non-string cidr is reported as "prefix match pattern must be a string".
  if (operand.kind !== 'string') return fail('prefix match pattern must be a string');
  const parts = operand.value.split('/');
  if (parts.length !== 2) fail("Malformed CIDR, one '/' required");
  const [ip, bitsText] = parts as [string, string];
  if (!/^\d+$/.test(bitsText)) fail('Malformed CIDR, mask bits must be an integer');
  const address = parseIp(ip) ?? fail(`Nonstandard IP address: ${ip}`);
  const bits = Number(bitsText);
  const max = address.length * 16;
  if (bits > max) fail(`Malformed CIDR, mask bits must be between 0 and ${max}`);
  return { op: 'cidr', range: cidrRange(address, bits) };
}
