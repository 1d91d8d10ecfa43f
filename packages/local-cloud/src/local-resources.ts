import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolvedResources } from '@lantern/runtime';
import { ACCOUNT_ID, BUS_NAME, busArn, REGION, SCHEDULE_GROUP_NAME } from './names.js';

export type LocalResources = Omit<ResolvedResources, 'tableNames' | 'busName' | 'config'>;

/** The emulated resources' names, shaped like the CDK app's; permissions inject them into functions. */
export function localResources(linkKeys: string): LocalResources {
  return {
    sendEmail: { senderEmail: 'hello@lantern.example.org', configurationSet: 'lantern' },
    sendText: { originationIdentity: '+15555550100', configurationSet: 'lantern' },
    manageSchedules: {
      group: SCHEDULE_GROUP_NAME,
      roleArn: `arn:aws:iam::${ACCOUNT_ID}:role/lantern-scheduler`,
      busArn: busArn(BUS_NAME),
    },
    signLinks: { keyRing: linkKeys },
  };
}

/**
 * The key ring that signs links and cursors: made once per data folder and kept there, so links
 * sent before a restart still work after it; a fresh one for an in-memory cloud.
 */
export function localLinkKeys(dataDir: string, inMemory: boolean): string {
  const make = () => JSON.stringify({ current: { id: 'local', secret: randomBytes(32).toString('base64') } });
  if (inMemory) return make();
  const file = join(dataDir, 'link-keys.json');
  if (existsSync(file)) return readFileSync(file, 'utf8');
  mkdirSync(dataDir, { recursive: true });
  const keys = make();
  writeFileSync(file, keys, { mode: 0o600 });
  return keys;
}

export { REGION };
