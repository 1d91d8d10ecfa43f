import { tableEnvVar } from '@lantern/runtime';
import { LOCAL_CREDENTIALS } from './dynamodb/sdk-config.js';
import type { ResolvedTable } from './dynamodb/tables.js';
import { BUS_NAME, REGION, SCHEDULE_GROUP_NAME } from './names.js';
import type { LocalCloudUrls } from './options.js';

/**
 * `LocalCloud.config`: resolved names keyed like the environment variables functions get, plus
 * what an SDK client or the AWS CLI needs to reach the emulators.
 */
export function cloudConfig(
  tables: readonly ResolvedTable[],
  urls: LocalCloudUrls,
  clientId: string,
): Record<string, string> {
  return {
    ...Object.fromEntries(
      tables.map((table) => [tableEnvVar(`${table.service}_${table.logicalName}`), table.physicalName]),
    ),
    LANTERN_EVENT_BUS: BUS_NAME,
    SCHEDULE_GROUP_NAME,
    LANTERN_API_URL: urls.api,
    LANTERN_ISSUER_URL: urls.issuer,
    LANTERN_CLIENT_ID: clientId,
    AWS_REGION: REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: urls.dynamodb,
    AWS_ENDPOINT_URL_DYNAMODB_STREAMS: urls.dynamodb,
    AWS_ENDPOINT_URL_EVENTBRIDGE: urls.eventbridge,
    AWS_ENDPOINT_URL_SESV2: urls.sesv2,
    AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2: urls.sms,
    AWS_ENDPOINT_URL_SCHEDULER: urls.scheduler,
  };
}
