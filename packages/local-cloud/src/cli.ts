/**
 * `pnpm dev`: the whole system on this machine, data kept in `<repo>/.lantern/` between runs.
 * Ctrl-C (or SIGTERM) stops everything, DynamoDB Local's `java` included.
 */
import { LocalCloudError } from './errors.js';
import { SEEDED_USERS } from './issuer/users.js';
import type { LocalCloud } from './options.js';
import { DEFAULT_DATA_DIR, startLocalCloud } from './start.js';

const started = performance.now();
const dim = (text: string) => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[0m` : text);
let cloud: LocalCloud | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (stopping) process.exit(code);
  stopping = true;
  process.stdout.write('\nStopping the local cloud…\n');
  // WEB APP: stop the web app's dev server here too, once it is started below.
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

// WEB APP: the web engineer provides `startWebApp`; the lead wires it here, e.g.
//   const web = await startWebApp({ apiUrl: cloud.urls.api, issuerUrl: cloud.urls.issuer,
//     clientId: cloud.config.LANTERN_CLIENT_ID });
// then prints `web.url` below and stops it in `shutdown`.

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const { urls } = cloud;
console.log(`
Lantern local cloud ready in ${seconds} s (data in ${DEFAULT_DATA_DIR})

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
