export { compile, type EventMatcher } from './compile.js';
export { EventPatternError, InvalidPatternError } from './errors.js';
export { matches } from './matches.js';
export { createRuleSet, type RuleSet } from './rule-set.js';
export { type PatternValidation, validatePattern } from './validate.js';
