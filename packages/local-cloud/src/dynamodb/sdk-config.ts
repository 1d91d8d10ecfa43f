import { REGION } from '../names.js';

/** Fake credentials: the emulators accept any signature, but the SDK must sign. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

export function sdkClientConfig(endpoint: string) {
  return { endpoint, region: REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 };
}
