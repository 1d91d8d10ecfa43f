export { eventually } from './eventually.js';
export type { TestTables } from './test-tables.js';
export { startTestTables } from './test-tables.js';
