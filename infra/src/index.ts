export type { LanternAppProps, LanternStage } from './app.js';
export { buildLanternApp } from './app.js';
export type { StageConfig } from './config.js';
export { parseStageConfig, parseStageConfigs, StageConfigError } from './config.js';
export { LAMBDA_RUNTIME } from './constructs/lambda-function.js';
