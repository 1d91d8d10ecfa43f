import { describe, expect, it } from 'vitest';
import {
  CrisisResourcesByLocale,
  DEFAULT_CRISIS_RESOURCES,
  EXAMPLE_INTAKE,
  IntakeRequest,
  LOCALES,
} from '../src/index.js';

const paths = (input: unknown) =>
  CrisisResourcesByLocale.safeParse(input).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('the crisis resources configuration', () => {
  it('accepts the defaults, with the same numbers in every language', () => {
    expect(CrisisResourcesByLocale.safeParse(DEFAULT_CRISIS_RESOURCES).success).toBe(true);
    const numbers = LOCALES.map((locale) => DEFAULT_CRISIS_RESOURCES[locale].map((resource) => resource.phone));
    expect(new Set(numbers.map((list) => list.join()))).toEqual(new Set(['988,911']));
  });

  it('refuses a configuration that leaves a language out or has no entry for it', () => {
    expect(paths({ en: DEFAULT_CRISIS_RESOURCES.en })).toEqual(['fr']);
    expect(paths({ ...DEFAULT_CRISIS_RESOURCES, fr: [] })).toEqual(['fr']);
  });

  it('refuses a number a phone cannot dial and a link that is not a web page', () => {
    const [first] = DEFAULT_CRISIS_RESOURCES.en;
    const bad = { ...DEFAULT_CRISIS_RESOURCES, en: [{ ...first, phone: 'call us', url: 'javascript:alert(1)' }] };
    expect(paths(bad)).toEqual(['en.0.phone', 'en.0.url']);
  });
});

describe('the safety answers', () => {
  it('read a body sent before the risk-to-others question as "no" to it', () => {
    const { riskToOthers: _left, ...before } = EXAMPLE_INTAKE.safety;
    const parsed = IntakeRequest.parse({ ...EXAMPLE_INTAKE, safety: before });
    expect(parsed.safety).toEqual({ immediateDanger: false, riskToOthers: false, thoughtsOfSelfHarm: false });
  });

  it('still require an answer to the first and the last question', () => {
    const result = IntakeRequest.safeParse({ ...EXAMPLE_INTAKE, safety: { riskToOthers: true } });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'safety.immediateDanger',
      'safety.thoughtsOfSelfHarm',
    ]);
  });
});
