import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, matches, validatePattern } from '../src/index.js';
import { anyPattern, event, fieldName, numberValue, pattern, reorder, scalar, stringValue } from './arbitraries.js';

const runs = { numRuns: 150 };

describe('Pattern properties', () => {
  it('validatePattern accepts exactly the patterns compile accepts', () => {
    fc.assert(
      fc.property(anyPattern, (p) => {
        // Act
        const validation = validatePattern(p);
        let compiled = true;
        try {
          compile(p);
        } catch {
          compiled = false;
        }
        // Assess
        expect(validation.ok).toBe(compiled);
      }),
      runs,
    );
  });

  it('$or of patterns matches exactly when any of them matches', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 2, maxLength: 3 }), event, (alternatives, e) => {
        // Prepare
        const either = { $or: alternatives };
        // Act
        const combined = matches(either, e);
        const separately = alternatives.some((p) => matches(p, e));
        // Assess
        expect(combined).toBe(separately);
      }),
      runs,
    );
  });

  it('anything-but of a value set matches a present scalar exactly when an exact match of the set does not', () => {
    const valueSet = fc.oneof(
      fc.uniqueArray(stringValue, { minLength: 1, maxLength: 3 }),
      fc.uniqueArray(numberValue, { minLength: 1, maxLength: 3 }),
    );
    fc.assert(
      fc.property(fieldName, valueSet, scalar, (field, values, value) => {
        // Prepare
        const e = { [field]: value };
        // Act
        const excluded = matches({ [field]: [{ 'anything-but': values }] }, e);
        const exact = matches({ [field]: values }, e);
        // Assess
        expect(excluded).toBe(!exact);
      }),
      runs,
    );
  });

  it('the order of fields in the pattern and in the event never changes the result', () => {
    fc.assert(
      fc.property(pattern, event, fc.integer(), (p, e, seed) => {
        // Prepare
        const shuffledPattern = reorder(p, seed) as object;
        const shuffledEvent = reorder(e, seed + 1);
        // Act
        const original = matches(p, e);
        const shuffled = matches(shuffledPattern, shuffledEvent);
        // Assess
        expect(shuffled).toBe(original);
      }),
      runs,
    );
  });

  it('a compiled matcher agrees with matches for every pattern and event', () => {
    fc.assert(
      fc.property(pattern, fc.array(event, { minLength: 1, maxLength: 4 }), (p, events) => {
        // Prepare
        const matcher = compile(JSON.stringify(p));
        // Act
        const compiled = events.map((e) => matcher(e));
        const interpreted = events.map((e) => matches(p, e));
        // Assess
        expect(compiled).toEqual(interpreted);
      }),
      runs,
    );
  });
});
