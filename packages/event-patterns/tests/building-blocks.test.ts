import { describe, expect, it } from 'vitest';
import { parseIp } from '../src/cidr.js';
import { compile } from '../src/index.js';
import { judgeNumberText, toMicros } from '../src/numbers.js';
import { type ParsedWildcard, parseWildcard, wildcardComplexity, wildcardMatcher } from '../src/wildcard.js';

const wildcard = (text: string) => parseWildcard(text) as ParsedWildcard;

describe('Numbers', () => {
  it('treats 300, 300.0 and 3.0e2 as the same number', () => {
    // Act
    const forms = [300, 300.0, 3.0e2].map(toMicros);
    // Assess
    expect(new Set(forms).size).toBe(1);
  });

  it('keeps float noise from splitting equal values', () => {
    // Act
    const sum = toMicros(0.1 + 0.2);
    // Assess
    expect(sum).toBe(toMicros(0.3));
  });

  it('judges number text exactly at the documented limits', () => {
    // Act
    const judged = ['5e9', '-5000000000', '5000000000.000001', '0.000001', '1.0000000', '1e-7', '12345.1234567'].map(
      judgeNumberText,
    );
    // Assess
    expect(judged).toEqual([undefined, undefined, 'out-of-range', undefined, undefined, 'too-precise', 'too-precise']);
  });
});

describe('IP addresses', () => {
  it('reads the standard IPv6 forms, compressed and with an embedded IPv4 address', () => {
    // Act
    const parsed = ['2001:db8::1', '::', '::ffff:10.0.0.1', '2001:0db8:0000:0000:0000:0000:0000:0001'].map(parseIp);
    // Assess
    expect(parsed[0]).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(parsed[1]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(parsed[2]).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0a00, 0x0001]);
    expect(parsed[3]).toEqual(parsed[0]);
  });

  it('refuses nonstandard addresses', () => {
    // Act
    const parsed = ['010.0.0.1', '256.0.0.1', '1.2.3', '1::2::3', '12345::', 'xx.11.xx'].map(parseIp);
    // Assess
    expect(parsed).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('Wildcards', () => {
  it('lets a wildcard match across separators and match nothing', () => {
    // Prepare
    const matcher = wildcardMatcher(wildcard('a*b*c'));
    // Act
    const results = ['abc', 'a/x/b/y/c', 'abcabc', 'acb', 'ab'].map(matcher);
    // Assess
    expect(results).toEqual([true, true, true, false, false]);
  });

  it('scores the documented too-complex wildcard above the limit and ordinary ones below it', () => {
    // Act
    const tooComplex = wildcardComplexity([wildcard('*:*:*:*:*:event-bus/*')]);
    const ordinary = wildcardComplexity([wildcard('arn:aws:events:us-east-1:*:event-bus/*')]);
    const twoPaths = wildcardComplexity([wildcard('*/lib/*'), wildcard('*/bin/*')]);
    // Assess
    expect(tooComplex).toBeGreaterThan(5);
    expect(ordinary).toBeLessThanOrEqual(5);
    expect(twoPaths).toBeLessThanOrEqual(5);
  });
});

describe('Events that are not JSON objects', () => {
  it('match no pattern, not even one that only asks for a missing field', () => {
    // Prepare
    const matcher = compile({ detail: [{ exists: false }] });
    // Act
    const results = [null, 'text', 42, [{ detail: 'x' }]].map((e) => matcher(e));
    // Assess
    expect(results).toEqual([false, false, false, false]);
  });
});
