import { DEFAULT_MATCHING_CONFIG, type MatchingConfig, validateConfig } from './config.js';
import { type PreparationContext, preparationContext } from './prepared.js';

export interface MatchingOptions {
  /** The instant "the coming weeks" start from. The engine never reads the clock itself. */
  readonly now: Date | number;
  readonly config?: MatchingConfig;
}

export function contextOf(options: MatchingOptions): PreparationContext {
  return preparationContext(validateConfig(options.config ?? DEFAULT_MATCHING_CONFIG), options.now);
}
