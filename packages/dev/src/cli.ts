/**
 * `pnpm dev`: the whole system on this machine, data kept in `<repo>/.lantern/` between runs
 * (`LANTERN_DATA_DIR` or `--data-dir <folder>` for another). Ctrl-C (or SIGTERM) drains what is
 * in flight and stops everything, DynamoDB Local's `java` included, and exits quietly.
 */
import type { LocalCloud } from '@lantern/local-cloud';
import {
  DEFAULT_DATA_DIR,
  freePort,
  LocalCloudError,
  SEEDED_USERS,
  startDynamoDbEarly,
} from '@lantern/local-cloud/early';
import type { WebApp } from '@lantern/web';
import { webOrigins, webPortCandidates } from './web-port.js';

const started = performance.now();
const dim = (text: string) => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[0m` : text);
let cloud: LocalCloud | undefined;
let web: WebApp | undefined;
/** `LANTERN_WEB=off` runs the cloud alone (benchmarks, or when the web app runs elsewhere). */
const withWebApp = process.env.LANTERN_WEB !== 'off';
const dataDirFlag = process.argv.indexOf('--data-dir');
const dataDir =
  (dataDirFlag >= 0 ? process.argv[dataDirFlag + 1] : undefined) || process.env.LANTERN_DATA_DIR || DEFAULT_DATA_DIR;
// Java first (~3 s to answer), while the cloud, the manifests and Vite load (~2 s): only light imports above.
const dynamodb = await startDynamoDbEarly(dataDir);
const [webModule, { startLocalCloud }, { SERVICE_MANIFESTS }] = await Promise.all([
  withWebApp ? import('@lantern/web') : null,
  import('@lantern/local-cloud'),
  import('@lantern/service-catalog'),
]);
let stoppingSince: number | null = null;
/** pnpm passes Ctrl-C on too, so one key press may arrive twice; a second press a moment later forces the exit. */
const REPEAT_SIGNAL_MS = 1_000;

async function shutdown(code: number): Promise<void> {
  if (stoppingSince !== null) {
    if (performance.now() - stoppingSince > REPEAT_SIGNAL_MS) process.exit(code);
    return;
  }
  stoppingSince = performance.now();
  process.stdout.write('\nStopping the local cloud…\n');
  await web?.stop();
  if (cloud) await cloud.stop();
  else (await dynamodb?.ready.catch(() => undefined))?.stop();
  process.exit(code);
}

// A stop asked for is a success: exit 0, so pnpm prints no "ELIFECYCLE Command failed".
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGHUP', () => void shutdown(0));
process.on('uncaughtException', (error) => {
  console.error(error);
  void shutdown(1);
});

/** `LANTERN_WEB_PORT`, else the first free port from Vite's default up, chosen before the cloud starts so CORS allows it. */
async function chooseWebPort(): Promise<number> {
  const wanted = process.env.LANTERN_WEB_PORT;
  for (const candidate of webPortCandidates(wanted)) {
    const port = await freePort(candidate).catch(() => null);
    if (port !== null) return port;
  }
  if (wanted) throw new LocalCloudError(`LANTERN_WEB_PORT ${wanted} is already in use; choose another.`);
  return freePort();
}

let webPort: number | null = null;
try {
  webPort = withWebApp ? await chooseWebPort() : null;
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}

// The web app (Vite) starts beside the cloud; its /config.json waits for the cloud's addresses.
const cloudStarting = startLocalCloud({
  manifests: SERVICE_MANIFESTS,
  dataDir,
  ...(dynamodb ? { dynamodb } : {}),
  watch: true,
  corsOrigins: webPort === null ? undefined : webOrigins(webPort),
  // Links in staff emails (the urgent-intake alert) point at the web app this run serves.
  ...(webPort === null ? {} : { functionConfig: { WEB_ORIGIN: `http://localhost:${webPort}` } }),
  log: (line) => console.log(dim(line)),
});
const webStarting =
  webPort === null
    ? undefined
    : webModule?.startWebApp({
        cloud: cloudStarting.then(({ urls, config }) => ({
          apiUrl: urls.api,
          issuerUrl: urls.issuer,
          clientId: config.LANTERN_CLIENT_ID,
        })),
        port: webPort,
      });
const [cloudStart, webStart] = await Promise.allSettled([cloudStarting, webStarting]);
if (webStart.status === 'fulfilled') web = webStart.value;
if (cloudStart.status === 'rejected') {
  const error = cloudStart.reason as Error;
  console.error(error instanceof LocalCloudError ? `\n${error.message}\n` : error);
  await web?.stop();
  process.exit(1);
}
cloud = cloudStart.value;
if (webStart.status === 'rejected') {
  console.error(`\nThe web app could not start: ${(webStart.reason as Error).message}\n`);
  await shutdown(1);
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const { urls } = cloud;
console.log(`
Lantern local cloud ready in ${seconds} s (data in ${dataDir})

  Web app       ${web ? web.url : 'off (LANTERN_WEB=off)'}
  API           ${urls.api}
  Token issuer  ${urls.issuer}   (mint: curl -X POST ${urls.api}/_local/token -d '{"username":"coordinator@example.org"}')
  Mail viewer   ${urls.mailViewer}
  Captured      ${urls.api}/_local/emails · /_local/texts · /_local/events · /_local/dlq · /_local/stream-failures
  Redrive       pnpm redrive --local ${urls.api}

  AWS endpoints (AWS_ENDPOINT_URL_<SERVICE>; any region, any credentials)
    DYNAMODB     ${urls.dynamodb}
    EVENTBRIDGE  ${urls.eventbridge}
    SESV2        ${urls.sesv2}
    PINPOINT_SMS_VOICE_V2  ${urls.sms}
    SCHEDULER    ${urls.scheduler}

  Seeded users  ${SEEDED_USERS.map((user) => `${user.username} (${user.groups.join(', ')})`).join(', ')}

Functions are bundled again when their sources change. Press Ctrl-C to stop.`);
