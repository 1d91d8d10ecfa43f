/**
 * `pnpm dev`: the whole system on this machine, data kept in `<repo>/.lantern/` between runs.
 * Ctrl-C (or SIGTERM) stops everything, DynamoDB Local's `java` included.
 */
import { startWebApp, type WebApp } from '@lantern/web';
import { LocalCloudError } from './errors.js';
import { SEEDED_USERS } from './issuer/users.js';
import type { LocalCloud } from './options.js';
import { DEFAULT_DATA_DIR, startLocalCloud } from './start.js';

const started = performance.now();
const dim = (text: string) => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[0m` : text);
let cloud: LocalCloud | undefined;
let web: WebApp | undefined;
/** `LANTERN_WEB=off` runs the cloud alone (benchmarks, or when the web app runs elsewhere). */
const withWebApp = process.env.LANTERN_WEB !== 'off';
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (stopping) process.exit(code);
  stopping = true;
  process.stdout.write('\nStopping the local cloud…\n');
  await web?.stop();
  await cloud?.stop();
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('uncaughtException', (error) => {
  console.error(error);
  void shutdown(1);
});

try {
  cloud = await startLocalCloud({ dataDir: DEFAULT_DATA_DIR, watch: true, log: (line) => console.log(dim(line)) });
} catch (error) {
  if (error instanceof LocalCloudError) console.error(`\n${error.message}\n`);
  else console.error(error);
  process.exit(1);
}

if (withWebApp) {
  try {
    web = await startWebApp({
      apiUrl: cloud.urls.api,
      issuerUrl: cloud.urls.issuer,
      clientId: cloud.config.LANTERN_CLIENT_ID,
    });
  } catch (error) {
    console.error(`\nThe web app could not start: ${(error as Error).message}\n`);
    await shutdown(1);
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const { urls } = cloud;
console.log(`
Lantern local cloud ready in ${seconds} s (data in ${DEFAULT_DATA_DIR})

  Web app       ${web ? web.url : 'off (LANTERN_WEB=off)'}
  API           ${urls.api}
  Token issuer  ${urls.issuer}   (mint: curl -X POST ${urls.api}/_local/token -d '{"username":"coordinator@example.org"}')
  Mail viewer   ${urls.mailViewer}
  Captured      ${urls.api}/_local/emails · /_local/events · /_local/dlq

  AWS endpoints (AWS_ENDPOINT_URL_<SERVICE>; any region, any credentials)
    DYNAMODB     ${urls.dynamodb}
    EVENTBRIDGE  ${urls.eventbridge}
    SESV2        ${urls.sesv2}
    SCHEDULER    ${urls.scheduler}

  Seeded users  ${SEEDED_USERS.map((user) => `${user.username} (${user.groups.join(', ')})`).join(', ')}

Functions are bundled again when their sources change. Press Ctrl-C to stop.`);
