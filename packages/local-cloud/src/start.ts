import type { Server } from 'node:http';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { ServiceManifest } from '@lantern/runtime';
import { DEFAULT_CORS_ORIGINS } from './api-gateway/cors.js';
import { createGateway } from './api-gateway/gateway.js';
import { createJwtAuthorizer } from './api-gateway/jwt-authorizer.js';
import { listenApi } from './api-gateway/listen-api.js';
import { collectRoutes } from './api-gateway/routes.js';
import { cloudConfig } from './cloud-config.js';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb/dynamodb-local.js';
import { assertJava } from './dynamodb/java.js';
import { sdkClientConfig } from './dynamodb/sdk-config.js';
import { ensureTable, resolveTables } from './dynamodb/tables.js';
import { DEFAULT_RETRY, EventBus } from './eventbridge/bus.js';
import { rulesFromManifests } from './eventbridge/rules.js';
import { eventBridgeHandler } from './eventbridge/server.js';
import { FaultInjector } from './faults.js';
import { watchFunctions } from './functions/hot-reload.js';
import { type LocalFunction, loadFunctions } from './functions/registry.js';
import { DEFAULT_CONCURRENCY, type InvokeResult } from './functions/worker-pool.js';
import { closeServer, listenPreferring, portOf, type RequestHandler } from './http/server.js';
import { handleIssuerRequest } from './issuer/http.js';
import { createIssuer } from './issuer/index.js';
import { handleLocalRequest } from './local-endpoints.js';
import { localLinkKeys, localResources } from './local-resources.js';
import { BUS_NAME } from './names.js';
import type { LocalCloud, LocalCloudOptions } from './options.js';
import { buildDirOf, DEFAULT_DATA_DIR } from './paths.js';
import { PortBook } from './ports.js';
import { Scheduler } from './scheduler/scheduler.js';
import { schedulerHandler } from './scheduler/server.js';
import { seedPeers } from './seed-peers.js';
import { type SesLocal, startSesLocal } from './ses/ses-local.js';
import { TextMessages } from './sms/text-messages.js';
import { DEFAULT_STREAM_RETRY } from './streams/batch-delivery.js';
import { CheckpointStore } from './streams/checkpoints.js';
import { startStreamPollers } from './streams/event-source-mappings.js';
import { StreamFailures } from './streams/stream-failures.js';

const defaultApiPort = () => Number(process.env.LANTERN_API_PORT ?? 3000);
/** `LANTERN_DATA_DIR` runs the cloud on another data folder (a script's fresh data beside a developer's own). */
const defaultDataDir = () => process.env.LANTERN_DATA_DIR || DEFAULT_DATA_DIR;
/** How long a stop waits for requests, stream batches and deliveries already running. */
const DRAIN_MS = 5_000;
const defaultConcurrency = () => Number(process.env.LANTERN_FUNCTION_CONCURRENCY) || DEFAULT_CONCURRENCY;

/**
 * Starts the local cloud: DynamoDB Local with the manifests' tables, the functions in worker
 * threads, stream pollers, the event bus, SES capture, the scheduler, the HTTP API with its JWT
 * authorizer, and the token issuer. Resolves once everything answers.
 */
export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  // Before anything starts: without Java there is no DynamoDB, so say so at once (an early start checked).
  if (!options.dynamodb) assertJava();
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const dataDir = options.dataDir ?? defaultDataDir();
  const inMemory = options.inMemory ?? false;
  const kept = (...path: string[]) => (inMemory ? undefined : join(dataDir, ...path));
  // Bundles are keyed by content, so every data folder may share the repository's cache.
  const buildDir = options.buildDir ?? buildDirOf(DEFAULT_DATA_DIR);
  const ports = new PortBook(kept('ports.json'));
  const { manifests } = options;
  const cleanups: (() => Promise<void> | void)[] = [];
  const stopAll = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        await cleanup();
      } catch (error) {
        log(`shutdown: ${(error as Error).message}`);
      }
    }
  };

  try {
    const faults = new FaultInjector();
    const routes = collectRoutes(manifests);
    const tables = resolveTables(manifests);
    const tableNamesOf = (manifest: ServiceManifest) =>
      Object.fromEntries(tables.filter((t) => t.service === manifest.name).map((t) => [t.logicalName, t.physicalName]));

    // Late-bound: servers listen before the functions they call are loaded.
    const functions = new Map<string, LocalFunction>();
    const invoke = async (name: string, event: unknown): Promise<InvokeResult> => {
      const fn = functions.get(name);
      if (!fn)
        return {
          ok: false,
          error: { errorType: 'ResourceNotFoundException', errorMessage: `Function not found: ${name}` },
        };
      return fn.pool.invoke(event);
    };

    const bus = new EventBus(
      BUS_NAME,
      rulesFromManifests(manifests, BUS_NAME),
      invoke,
      { ...DEFAULT_RETRY, ...options.bus },
      log,
      kept('eventbridge', 'journal.jsonl'),
    );
    cleanups.push(() => bus.stop());
    const scheduler = new Scheduler(bus, invoke, log, kept('scheduler', 'schedules.json'));
    cleanups.push(() => scheduler.stop());

    // DynamoDB Local (the slow part) starts first; the rest gets ready meanwhile.
    const started = performance.now();
    const since = () => `${Math.round(performance.now() - started)} ms`;
    const early = options.dynamodb;
    const dynamoPort = early?.port ?? (await ports.reserve('dynamodb'));
    const dynamodbUrl = `http://127.0.0.1:${dynamoPort}`;
    const dynamoReady = early?.ready ?? startDynamoDbLocal({ dataDir, buildDir, inMemory, port: dynamoPort });
    const dynamoStarting = dynamoReady.then((value) => {
      log(`DynamoDB Local answering after ${since()}`);
      return value;
    });
    dynamoStarting.catch(() => undefined); // surfaced below, once awaited
    // Whatever happens next, a started DynamoDB Local is stopped with the rest.
    cleanups.push(async () => (await dynamoStarting.catch(() => null))?.stop());
    const eventBridgeServer = await listenPreferring(eventBridgeHandler(bus, faults), ports.preferred('eventbridge'));
    ports.record('eventbridge', portOf(eventBridgeServer));
    cleanups.push(() => closeServer(eventBridgeServer));
    const schedulerServer = await listenPreferring(schedulerHandler(scheduler), ports.preferred('scheduler'));
    ports.record('scheduler', portOf(schedulerServer));
    cleanups.push(() => closeServer(schedulerServer));
    const ses: SesLocal = await startSesLocal(faults, {
      port: ports.preferred('sesv2'),
      file: kept('ses', 'emails.jsonl'),
    });
    ports.record('sesv2', Number(new URL(ses.url).port));
    cleanups.push(() => ses.stop());
    const texts = new TextMessages(kept('sms', 'texts.jsonl'));
    const smsServer = await listenPreferring(texts.handler(), ports.preferred('sms'));
    ports.record('sms', portOf(smsServer));
    cleanups.push(() => closeServer(smsServer));

    let gateway: RequestHandler = (_req, res) => {
      res.writeHead(503).end();
    };
    const apiServers = await listenApi((req, res) => gateway(req, res), options.apiPort ?? defaultApiPort());
    for (const server of apiServers) cleanups.push(() => closeServer(server));
    const apiPort = portOf(apiServers[0] as Server);
    const urls = {
      api: `http://localhost:${apiPort}`,
      dynamodb: dynamodbUrl,
      eventbridge: `http://127.0.0.1:${portOf(eventBridgeServer)}`,
      sesv2: ses.url,
      sms: `http://127.0.0.1:${portOf(smsServer)}`,
      scheduler: `http://127.0.0.1:${portOf(schedulerServer)}`,
      issuer: `http://localhost:${apiPort}/oidc`,
      mailViewer: ses.url,
    };
    const issuer = await createIssuer({ dataDir, issuerUrl: urls.issuer, persist: !inMemory });

    const streamFailures = new StreamFailures(kept('streams', 'failures.jsonl'));
    const authorize = createJwtAuthorizer({ issuer: issuer.issuerUrl, audience: [issuer.clientId], jwks: issuer.jwks });
    const localContext = {
      issuer,
      bus,
      faults,
      emails: () => ses.emails(),
      texts,
      streamFailures,
      invoke,
      endpoints: {
        dynamodb: urls.dynamodb,
        eventbridge: urls.eventbridge,
        sesv2: urls.sesv2,
        sms: urls.sms,
        scheduler: urls.scheduler,
        issuer: urls.issuer,
        mailViewer: urls.mailViewer,
      },
    };
    const pendingGateway = createGateway({
      routes,
      invoke,
      authorize,
      corsOrigins: options.corsOrigins ?? DEFAULT_CORS_ORIGINS,
      log,
      extra: async (path, req, res, headers) =>
        (path.startsWith('/oidc/') && handleIssuerRequest(issuer, path, req, res)) ||
        handleLocalRequest(localContext, path, req, res, headers),
    });

    // DynamoDB Local (the slow part) starts while the functions bundle. Sandboxes start on first
    // invocation, as Lambda's do: loading every function up front cost a minute and gigabytes.
    const loading = loadFunctions({
      manifests,
      buildDir,
      concurrency: options.functionConcurrency ?? defaultConcurrency(),
      tableNames: tableNamesOf,
      busName: BUS_NAME,
      config: options.functionConfig ?? {},
      resources: localResources(localLinkKeys(dataDir, inMemory)),
      endpoints: {
        dynamodb: urls.dynamodb,
        eventbridge: urls.eventbridge,
        sesv2: urls.sesv2,
        sms: urls.sms,
        scheduler: urls.scheduler,
      },
      log,
    }).then((value) => {
      log(`${value.length} functions bundled after ${since()}`);
      return value;
    });
    const [dynamoResult, loadResult] = await Promise.allSettled([dynamoStarting, loading]);
    if (loadResult.status === 'fulfilled') {
      for (const fn of loadResult.value) functions.set(fn.name, fn);
      cleanups.push(() => Promise.all([...functions.values()].map((fn) => fn.pool.stop())).then(() => undefined));
    }
    if (dynamoResult.status === 'rejected') throw dynamoResult.reason;
    if (loadResult.status === 'rejected') throw loadResult.reason;
    const dynamo: DynamoDbLocal = dynamoResult.value;

    const dynamodb = new DynamoDBClient(sdkClientConfig(dynamo.url));
    cleanups.push(() => dynamodb.destroy());
    const descriptions = await Promise.all(tables.map((table) => ensureTable(dynamodb, table)));

    log(`tables in place after ${since()}`);
    const streams = new DynamoDBStreamsClient(sdkClientConfig(dynamo.url));
    cleanups.push(() => streams.destroy());
    const checkpoints = new CheckpointStore(kept('streams', 'checkpoints.json'));
    const pollers = startStreamPollers({
      functions: [...functions.values()],
      streamArnOf: (service, table) =>
        descriptions[tables.findIndex((t) => t.service === service && t.logicalName === table)]?.LatestStreamArn,
      client: streams,
      checkpoints,
      invoke,
      retry: { ...DEFAULT_STREAM_RETRY, ...options.streams },
      idleMs: options.streams?.pollIntervalMs ?? 50,
      onDiscard: (discard) => streamFailures.add(discard),
      log,
    });
    cleanups.push(() => Promise.all(pollers.map((poller) => poller.stop())).then(() => undefined));

    if (options.watch) cleanups.push(watchFunctions(functions, log));
    gateway = pendingGateway;
    bus.start();
    // A stop drains first, while everything is still up: requests already in the API finish,
    // stream batches in hand are relayed (and checkpointed), deliveries running finish. What is
    // left is in the journal and the checkpoints, and is delivered after the next start.
    cleanups.push(async () => {
      scheduler.stop();
      await Promise.all(apiServers.map((server) => closeServer(server, DRAIN_MS)));
      await Promise.all(pollers.map((poller) => poller.stop()));
      await bus.stop(DRAIN_MS);
    });
    if ((options.seedPeers ?? true) && manifests.some((manifest) => manifest.name === 'matching')) {
      const token = await issuer.mint('coordinator@example.org');
      if (!token) throw new Error('The seeded coordinator is missing');
      const seeded = await seedPeers(urls.api, token.access_token);
      log(
        `${seeded.created} seeded peers created after ${since()}${seeded.failed ? `; ${seeded.failed} could not be` : ''}`,
      );
    }
    const config = cloudConfig(tables, urls, issuer.clientId);
    let stopping: Promise<void> | undefined;
    return {
      urls,
      config,
      functions: [...functions.values()].map((fn) => ({
        name: fn.name,
        bundlePath: fn.pool.definition.bundlePath,
        bundleBytes: fn.bundleBytes,
        get loadMs() {
          return fn.pool.loadMs;
        },
      })),
      invoke,
      stop: () => {
        stopping ??= stopAll();
        return stopping;
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
