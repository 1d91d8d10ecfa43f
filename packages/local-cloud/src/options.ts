import type { ServiceManifest } from '@lantern/runtime';
import type { StartingDynamoDb } from './dynamodb/early-start.js';
import type { RetryPolicy } from './eventbridge/bus.js';
import type { StreamRetryPolicy } from './streams/batch-delivery.js';

export interface LocalCloudOptions {
  /** Create the seeded peers (seed-peers.ts) through the matching service when absent; default true. */
  seedPeers?: boolean;
  /** Services to run (`pnpm dev` runs `@lantern/service-catalog`'s; tests may run fixtures). */
  manifests: readonly ServiceManifest[];
  /**
   * Where DynamoDB data, the issuer's key, schedules, the bus journal, captured mail, stream
   * checkpoints and failures, and the chosen ports live; default `LANTERN_DATA_DIR` or `<repo>/.lantern`.
   */
  dataDir?: string;
  /** Where bundles are cached (by content); default `<repo>/.lantern/build`, shared by every data folder. */
  buildDir?: string;
  /** Sandboxes per function at most; default `LANTERN_FUNCTION_CONCURRENCY` or 10. */
  functionConcurrency?: number;
  /** DynamoDB Local started ahead for this `dataDir` (`startDynamoDbEarly`); else started here. */
  dynamodb?: StartingDynamoDb;
  /** DynamoDB in memory, a fresh signing key, nothing kept between runs (bundles are still cached). */
  inMemory?: boolean;
  /** 0 picks any free port; default `LANTERN_API_PORT` or 3000. */
  apiPort?: number;
  /** Event bus delivery retries (default 8 attempts, 200 ms doubling up to 5 s). */
  bus?: Partial<RetryPolicy>;
  /** Stream event source mapping retries and idle poll interval (default 50 ms). */
  streams?: Partial<StreamRetryPolicy> & { pollIntervalMs?: number };
  /** Values for the functions' `environment` keys, overriding the manifests' defaults. */
  functionConfig?: Record<string, string>;
  /** Origins the API answers CORS for; default the Vite dev server. */
  corsOrigins?: readonly string[];
  /** Rebuild a function when one of its source files changes (`pnpm dev`). */
  watch?: boolean;
  /** Where log lines go (function output included); default stdout. */
  log?: (line: string) => void;
}

export interface LocalCloudUrls {
  api: string;
  dynamodb: string;
  eventbridge: string;
  sesv2: string;
  /** End User Messaging SMS (pinpoint-sms-voice-v2). */
  sms: string;
  scheduler: string;
  issuer: string;
  /** aws-ses-v2-local's web page listing captured mail. */
  mailViewer: string;
}

export interface LocalFunctionInfo {
  name: string;
  bundlePath: string;
  bundleBytes: number;
  /** Module load time of its first sandbox, in milliseconds; null until one has started. */
  loadMs: number | null;
}

export interface LocalCloud {
  urls: LocalCloudUrls;
  /**
   * Resolved names and settings, keyed like environment variables: each table's `envVar` →
   * physical name, `LANTERN_EVENT_BUS`, `LANTERN_ISSUER_URL`, `LANTERN_CLIENT_ID`, `LANTERN_API_URL`,
   * the `AWS_ENDPOINT_URL_*` variables, `AWS_REGION` and fake credentials (so a test can hand them
   * to its own SDK clients).
   */
  config: Record<string, string>;
  functions: readonly LocalFunctionInfo[];
  /** Invokes a function directly (synchronously, as `Invoke` with RequestResponse). */
  invoke(functionName: string, event: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
  stop(): Promise<void>;
}
