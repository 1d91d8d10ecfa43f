import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRuleSet, InvalidPatternError, matches } from '../src/index.js';
import { event, pattern } from './arbitraries.js';

const source = fc.constantFrom('app.a', 'app.b', 'app.c');
const rule = fc.record(
  {
    source: fc.oneof(fc.uniqueArray(source, { minLength: 1, maxLength: 2 }), fc.constant([{ prefix: 'app.' }])),
    'detail-type': fc.constant(['Happened']),
    detail: pattern,
  },
  { requiredKeys: ['detail'] },
);
const busEvent = fc.record(
  {
    source: fc.oneof(source, fc.array(source, { maxLength: 2 })),
    'detail-type': fc.constantFrom('Happened', 'Other'),
    detail: event,
  },
  { requiredKeys: ['detail'] },
);

describe('RuleSet', () => {
  it('returns exactly the rules that match, in the order they were added', () => {
    fc.assert(
      fc.property(fc.array(rule, { minLength: 1, maxLength: 8 }), busEvent, (rules, e) => {
        // Prepare
        const set = createRuleSet<number>();
        for (const [i, r] of rules.entries()) set.add(i, r);
        // Act
        const found = set.match(e);
        // Assess
        expect(found).toEqual(rules.flatMap((r, i) => (matches(r, e) ? [i] : [])));
      }),
      { numRuns: 80 },
    );
  });

  it('stops returning a rule once it is removed', () => {
    // Prepare
    const set = createRuleSet<string>();
    set.add('intake', { source: ['lantern.intake'] });
    set.add('any', { 'detail-type': [{ prefix: 'Intake' }] });
    // Act
    const removed = set.remove('intake');
    const found = set.match({ source: 'lantern.intake', 'detail-type': 'IntakeSubmitted' });
    // Assess
    expect(removed).toBe(true);
    expect(found).toEqual(['any']);
    expect(set.size).toBe(1);
  });

  it('replaces the pattern when a key is added again', () => {
    // Prepare
    const set = createRuleSet<string>();
    set.add('r', { source: ['a'] });
    // Act
    set.add('r', { source: ['b'] });
    // Assess
    expect(set.match({ source: 'a' })).toEqual([]);
    expect(set.match({ source: 'b' })).toEqual(['r']);
  });

  it('rejects an invalid pattern and keeps the previous one', () => {
    // Prepare
    const set = createRuleSet<string>();
    set.add('r', { source: ['a'] });
    // Act
    const act = () => set.add('r', { source: [] });
    // Assess
    expect(act).toThrow(InvalidPatternError);
    expect(set.match({ source: 'a' })).toEqual(['r']);
  });
});
