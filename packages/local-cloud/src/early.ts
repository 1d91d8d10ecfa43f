/**
 * What `pnpm dev` (packages/dev) needs before the cloud itself is loaded: nothing imported from
 * here may pull in the cloud, the services or Vite, or Java would start seconds later.
 */
export { type StartingDynamoDb, startDynamoDbEarly } from './dynamodb/early-start.js';
export { LocalCloudError } from './errors.js';
export { freePort } from './http/server.js';
export { SEEDED_USERS } from './issuer/users.js';
export { DEFAULT_DATA_DIR, REPO_ROOT } from './paths.js';
export { PortBook } from './ports.js';
