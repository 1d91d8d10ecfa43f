import { type FunctionSpec, functionEnvironment, type ServiceManifest } from '@lantern/runtime';
import { LOCAL_CREDENTIALS } from '../dynamodb/sdk-config.js';
import type { LocalResources } from '../local-resources.js';
import { REGION } from '../names.js';

export interface LocalEndpoints {
  dynamodb: string;
  eventbridge: string;
  sesv2: string;
  sms: string;
  scheduler: string;
}

/**
 * What a local function sees in `process.env`: exactly what the CDK app gives it
 * (`functionEnvironment`), what the Lambda runtime itself sets, and the SDK's standard endpoint
 * variables. The endpoint variables are the only local difference, and no code reads them but
 * the SDK.
 */
export function localFunctionEnvironment(input: {
  manifest: ServiceManifest;
  fn: FunctionSpec;
  physicalName: string;
  /** Folder of the bundle: Lambda's LAMBDA_TASK_ROOT. */
  taskRoot: string;
  tableNames: Record<string, string>;
  busName: string;
  config?: Record<string, string>;
  resources: LocalResources;
  endpoints: LocalEndpoints;
}): Record<string, string> {
  const { manifest, fn, physicalName, taskRoot, tableNames, busName, config, resources, endpoints } = input;
  return {
    ...functionEnvironment(manifest, fn, { ...resources, tableNames, busName, ...(config ? { config } : {}) }),
    AWS_REGION: REGION,
    AWS_DEFAULT_REGION: REGION,
    AWS_LAMBDA_FUNCTION_NAME: physicalName,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memoryMb ?? 128),
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${physicalName}`,
    AWS_LAMBDA_LOG_STREAM_NAME: 'local',
    LAMBDA_TASK_ROOT: taskRoot,
    // X-Ray as the Lambda runtime sets it up; the host gives each invocation an unsampled trace id.
    AWS_XRAY_CONTEXT_MISSING: 'LOG_ERROR',
    AWS_XRAY_DAEMON_ADDRESS: '127.0.0.1:2000',
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_SESSION_TOKEN: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_DYNAMODB_STREAMS: endpoints.dynamodb,
    AWS_ENDPOINT_URL_EVENTBRIDGE: endpoints.eventbridge,
    AWS_ENDPOINT_URL_SESV2: endpoints.sesv2,
    AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2: endpoints.sms,
    AWS_ENDPOINT_URL_SCHEDULER: endpoints.scheduler,
  };
}
