import { describe, expect, it } from 'vitest';
import { compile, InvalidPatternError, validatePattern } from '../src/index.js';

// Every rejection documented by AWS (limits on the content-filtering and operators pages, PutRule's
// length limit) and every InvalidEventPatternException recorded against EventBridge by LocalStack's
// parity tests, with AWS's reason text.

const rejections: readonly { readonly name: string; readonly pattern: string; readonly reason: string }[] = [
  { name: 'text that is not JSON', pattern: "{'bad': 'quotation'}", reason: 'double-quoted field name' },
  { name: 'a pattern that is an array', pattern: '["not", "a", "dict"]', reason: 'Filter is not an object' },
  { name: 'a field whose value is a number', pattern: '{"int": 42}', reason: '"int" must be an object or an array' },
  {
    name: 'a field whose value is a string',
    pattern: '{"string": "my-value"}',
    reason: '"string" must be an object or an array',
  },
  { name: 'an empty value array', pattern: '{"resources": []}', reason: 'Empty arrays are not allowed' },
  { name: 'an empty object', pattern: '{"detail": {}}', reason: 'Empty objects are not allowed' },
  { name: 'a nested array as a value', pattern: '{"a": [["x"]]}', reason: 'Match value must be String, number' },
  {
    name: 'two operators in one match expression',
    pattern: '{"a": [{"prefix": "x", "suffix": "y"}]}',
    reason: 'Only one key allowed',
  },
  {
    name: 'an operator in upper case',
    pattern: '{"my_key": [{"EXISTS": true}]}',
    reason: 'Unrecognized match type EXISTS',
  },
  {
    name: 'NUMERIC in upper case',
    pattern: '{"detail": {"equal": [{"NUMERIC": ["=", 5]}]}}',
    reason: 'Unrecognized match type NUMERIC',
  },
  {
    name: 'a prefix given as a list',
    pattern: '{"time": [{"prefix": ["2022-07-13"]}]}',
    reason: 'prefix match pattern must be a string',
  },
  {
    name: 'a prefix given as a number',
    pattern: '{"time": [{"prefix": 123}]}',
    reason: 'prefix match pattern must be a string',
  },
  {
    name: 'a suffix given as a number',
    pattern: '{"FileName": [{"suffix": 123}]}',
    reason: 'suffix match pattern must be a string',
  },
  {
    name: 'a suffix given as a list',
    pattern: '{"FileName": [{"suffix": [".png"]}]}',
    reason: 'suffix match pattern must be a string',
  },
  {
    name: 'equals-ignore-case given as a list',
    pattern: '{"detail-type": [{"equals-ignore-case": ["ec2 instance state-change notification"]}]}',
    reason: 'equals-ignore-case match pattern must be a string',
  },
  {
    name: 'equals-ignore-case wrapping a prefix',
    pattern: '{"detail-type": [{"equals-ignore-case": {"prefix": "ec2"}}]}',
    reason: 'equals-ignore-case match pattern must be a string',
  },
  {
    name: 'a wildcard given as a number',
    pattern: '{"EventBusArn": [{"wildcard": 123}]}',
    reason: 'wildcard match pattern must be a string',
  },
  {
    name: 'consecutive wildcard characters',
    pattern: '{"EventBusArn": [{"wildcard": "arn:aws:events:us-east-1:**:event-bus/*"}]}',
    reason: 'Consecutive wildcard characters at pos 26',
  },
  {
    name: 'a backslash escaping a letter in a wildcard',
    pattern: '{"a": [{"wildcard": "a\\\\b*"}]}',
    reason: 'Invalid escape character at pos 2',
  },
  {
    name: 'a wildcard that is too complex',
    pattern: '{"EventBusArn": [{"wildcard": "*:*:*:*:*:event-bus/*"}]}',
    reason: 'Rule is too complex - try using fewer wildcard characters',
  },
  {
    name: 'anything-but with a prefix that ignores case',
    pattern: '{"detail": {"FileName": [{"anything-but": {"prefix": {"equals-ignore-case": "file"}}}]}}',
    reason: 'Value of anything-but must be an array or single string/number value.',
  },
  {
    name: 'anything-but with a suffix that ignores case',
    pattern: '{"detail": {"FileName": [{"anything-but": {"suffix": {"equals-ignore-case": ".png"}}}]}}',
    reason: 'Value of anything-but must be an array or single string/number value.',
  },
  {
    name: 'anything-but equals-ignore-case with a number',
    pattern: '{"detail": {"state": [{"anything-but": {"equals-ignore-case": 123}}]}}',
    reason: 'Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.',
  },
  {
    name: 'anything-but equals-ignore-case with a list of numbers',
    pattern: '{"detail": {"state": [{"anything-but": {"equals-ignore-case": [123, 456]}}]}}',
    reason: 'Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.',
  },
  {
    name: 'anything-but prefix with a number in its list',
    pattern: '{"detail": {"state": [{"anything-but": {"prefix": [123, "test"]}}]}}',
    reason: 'prefix/suffix match pattern must be a string',
  },
  {
    name: 'anything-but prefix with a number',
    pattern: '{"detail": {"state": [{"anything-but": {"prefix": 123}}]}}',
    reason: 'prefix/suffix match pattern must be a string',
  },
  {
    name: 'anything-but suffix with a number',
    pattern: '{"detail": {"FileName": [{"anything-but": {"suffix": 123}}]}}',
    reason: 'prefix/suffix match pattern must be a string',
  },
  {
    name: 'anything-but wildcard with a number',
    pattern: '{"detail": {"FilePath": [{"anything-but": {"wildcard": 123}}]}}',
    reason: 'wildcard match pattern must be a string',
  },
  {
    name: 'anything-but with null in its list',
    pattern: '{"detail": {"state": [{"anything-but": ["a", null]}]}}',
    reason: 'Inside anything but list, start|null|boolean is not supported.',
  },
  {
    name: 'anything-but with a boolean',
    pattern: '{"a": [{"anything-but": true}]}',
    reason: 'Value of anything-but must be',
  },
  {
    name: 'anything-but mixing strings and numbers',
    pattern: '{"a": [{"anything-but": ["a", 1]}]}',
    reason: 'all values must be strings or all numbers',
  },
  {
    name: 'a numeric range with two lower bounds',
    pattern: '{"detail": {"c-count": [{"numeric": [">", 0, ">", 0]}]}}',
    reason: 'Bad numeric range operator: >',
  },
  {
    name: 'a numeric comparison without a value',
    pattern: '{"detail": {"c-count": [{"numeric": [">", 0, "<"]}]}}',
    reason: 'Value of < must be numeric',
  },
  {
    name: 'a numeric value given as a string',
    pattern: '{"a": [{"numeric": ["<", "10"]}]}',
    reason: 'Value of < must be numeric',
  },
  {
    name: 'an unknown numeric operator',
    pattern: '{"a": [{"numeric": ["!=", 10]}]}',
    reason: 'Unrecognized numeric range operator: !=',
  },
  {
    name: 'three numeric comparisons',
    pattern: '{"a": [{"numeric": [">", 0, "<", 10, "=", 5]}]}',
    reason: 'Too many terms in numeric range expression',
  },
  {
    name: 'a numeric range whose bottom is above its top',
    pattern: '{"a": [{"numeric": [">", 10, "<", 5]}]}',
    reason: 'Bottom must be less than top',
  },
  {
    name: 'a numeric value above +5.0e9',
    pattern: '{"a": [{"numeric": ["<", 5000000001]}]}',
    reason: 'between -5.0e9 and +5.0e9',
  },
  {
    name: 'a numeric value below -5.0e9',
    pattern: '{"a": [{"numeric": [">", -5.1e9]}]}',
    reason: 'between -5.0e9 and +5.0e9',
  },
  {
    name: 'a numeric value just above 5.0e9 that JSON parsing rounds to 5.0e9',
    pattern: '{"a": [{"numeric": ["<=", 5000000000.000001]}]}',
    reason: 'between -5.0e9 and +5.0e9',
  },
  {
    name: 'a numeric value far beyond a double',
    pattern: '{"a": [{"numeric": ["<", 1e400]}]}',
    reason: 'between -5.0e9 and +5.0e9',
  },
  {
    name: 'a numeric value with seven digits after the decimal point',
    pattern: '{"a": [{"numeric": [">", 0.0000001]}]}',
    reason: 'more than six digits after the decimal point',
  },
  {
    name: 'a CIDR without a mask',
    pattern: '{"detail": {"sourceIPAddress": [{"cidr": "bad-filter"}]}}',
    reason: "Malformed CIDR, one '/' required",
  },
  {
    name: 'a CIDR whose mask is not a number',
    pattern: '{"a": [{"cidr": "10.0.0.0/xx"}]}',
    reason: 'Malformed CIDR, mask bits must be an integer',
  },
  {
    name: 'a CIDR with a bad IPv4 address',
    pattern: '{"a": [{"cidr": "xx.11.xx/24"}]}',
    reason: 'Nonstandard IP address: xx.11.xx',
  },
  {
    name: 'a CIDR with a bad IPv6 address',
    pattern: '{"a": [{"cidr": "xxxx:db8:1234:1a00::/64"}]}',
    reason: 'Nonstandard IP address: xxxx:db8:1234:1a00::',
  },
  {
    name: 'a CIDR with more mask bits than the address',
    pattern: '{"a": [{"cidr": "10.0.0.0/33"}]}',
    reason: 'mask bits must be between 0 and 32',
  },
  {
    name: 'a CIDR given as a list',
    pattern: '{"a": [{"cidr": ["bad-type"]}]}',
    reason: 'prefix match pattern must be a string',
  },
  {
    name: 'exists with a string',
    pattern: '{"a": [{"exists": "true"}]}',
    reason: 'exists match pattern must be either true or false.',
  },
];

describe('validatePattern rejections', () => {
  for (const { name, pattern, reason } of rejections) {
    it(`rejects ${name}`, () => {
      // Act
      const result = validatePattern(pattern);
      // Assess
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.reason).toContain(reason);
    });
  }

  it('rejects $or that makes more than 1000 rule combinations', () => {
    // Prepare: 11 × 10 × 10 = 1100 combinations
    const or = (n: number, field: string) => ({ $or: Array.from({ length: n }, (_, i) => ({ [field]: [i] })) });
    const pattern = { a: or(11, 'x'), b: or(10, 'y'), c: or(10, 'z') };
    // Act
    const result = validatePattern(pattern);
    // Assess
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('more than 1000 rule combinations') });
  });

  it('accepts $or that makes exactly 1000 rule combinations', () => {
    // Prepare
    const or = (n: number, field: string) => ({ $or: Array.from({ length: n }, (_, i) => ({ [field]: [i] })) });
    // Act
    const result = validatePattern({ a: or(10, 'x'), b: or(10, 'y'), c: or(10, 'z') });
    // Assess
    expect(result).toEqual({ ok: true });
  });

  it('rejects a pattern longer than the 4096 characters PutRule accepts', () => {
    // Prepare
    const pattern = JSON.stringify({ source: ['x'.repeat(4100)] });
    // Act
    const result = validatePattern(pattern);
    // Assess
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('4096') });
  });

  it('names the field in the reason', () => {
    // Act
    const result = validatePattern({ detail: { state: [{ prefix: 1 }] } });
    // Assess
    expect(result).toEqual({ ok: false, reason: 'prefix match pattern must be a string (field "detail.state")' });
  });

  it('compile throws an InvalidPatternError carrying the same reason', () => {
    // Act
    const act = () => compile('{"a": []}');
    // Assess
    expect(act).toThrow(InvalidPatternError);
    expect(act).toThrow('Empty arrays are not allowed');
  });
});

describe('validatePattern acceptances', () => {
  const accepted: readonly [string, string | object][] = [
    ['the documented numeric bounds -5.0e9 and +5.0e9', '{"a": [{"numeric": [">=", -5.0e9, "<=", 5.0e9]}]}'],
    ['six digits after the decimal point', '{"a": [{"numeric": [">", 0.000001]}]}'],
    ['trailing zeros beyond six decimals', '{"a": [{"numeric": ["=", 1.50000000]}]}'],
    ['an exact number outside the numeric range, such as an account id', '{"account": [123456789012]}'],
    [
      '$or whose objects use operator names, which is a field called "$or"',
      '{"$or": [{"prefix": "a"}, {"prefix": "b"}]}',
    ],
    ['$or with a single object, which is a field called "$or"', '{"$or": {"a": ["b"]}}'],
    ['nested $or', { source: ['x'], $or: [{ a: ['1'] }, { b: ['2'], $or: [{ c: ['3'] }, { d: ['4'] }] }] }],
    ['an escaped asterisk followed by a wildcard', '{"a": [{"wildcard": "\\\\**"}]}'],
    ['an empty prefix', '{"a": [{"prefix": ""}]}'],
    [
      'anything-but prefix and suffix lists',
      '{"a": [{"anything-but": {"prefix": ["a", "b"]}}, {"anything-but": {"suffix": ["c"]}}]}',
    ],
    ['an IPv6 CIDR with an embedded IPv4 address', '{"a": [{"cidr": "::ffff:10.0.0.0/120"}]}'],
  ];
  for (const [name, pattern] of accepted) {
    it(`accepts ${name}`, () => {
      // Act
      const result = validatePattern(pattern);
      // Assess
      expect(result).toEqual({ ok: true });
    });
  }
});
