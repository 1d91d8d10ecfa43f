import { join } from 'node:path';
import { buildDirOf, DEFAULT_DATA_DIR } from '../paths.js';
import { PortBook } from '../ports.js';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.js';
import { assertJava } from './java.js';

/** DynamoDB Local already on its way: the port it listens on, and when it answers. */
export interface StartingDynamoDb {
  readonly port: number;
  readonly ready: Promise<DynamoDbLocal>;
}

/**
 * Starts DynamoDB Local for `dataDir` before the rest of the cloud is even imported: its JVM takes
 * ~3 s to answer, and loading the cloud, the services' manifests and Vite takes ~2 s, so `pnpm dev`
 * does both at once. Undefined without Java: `startLocalCloud` then says why, as it always has.
 */
export async function startDynamoDbEarly(dataDir: string): Promise<StartingDynamoDb | undefined> {
  try {
    assertJava();
  } catch {
    return undefined;
  }
  const port = await new PortBook(join(dataDir, 'ports.json')).reserve('dynamodb');
  const ready = startDynamoDbLocal({ dataDir, buildDir: buildDirOf(DEFAULT_DATA_DIR), inMemory: false, port });
  ready.catch(() => undefined); // surfaced where startLocalCloud awaits it
  return { port, ready };
}
