export { collectRoutes } from './api-gateway/routes.js';
export {
  AwsApiError,
  BodyTooLargeError,
  FunctionLoadError,
  JavaMissingError,
  LocalCloudError,
  MalformedResponseError,
  ManifestConflictError,
} from './errors.js';
export { createIssuer, type Issuer, LOCAL_CLIENT_ID } from './issuer/index.js';
export { SEEDED_USERS, type SeededUser } from './issuer/users.js';
export { BUS_NAME, SCHEDULE_GROUP_NAME } from './names.js';
export type { LocalCloud, LocalCloudOptions, LocalCloudUrls, LocalFunctionInfo } from './options.js';
export { DEFAULT_DATA_DIR } from './paths.js';
export { startLocalCloud } from './start.js';
