import { fileURLToPath } from 'node:url';
import { CrisisResourcesByLocale, DEFAULT_CRISIS_RESOURCES } from '@lantern/contracts';
import { createServer, type Plugin } from 'vite';

/** Where the SPA finds the API and signs in. */
export interface CloudConnection {
  /** The Lantern API, e.g. `http://localhost:3000`. */
  apiUrl: string;
  /** The OpenID Connect issuer, e.g. `http://localhost:3000/oidc`. */
  issuerUrl: string;
  /** The SPA's client id at the issuer; default the local issuer's. */
  clientId?: string;
}

export interface WebAppOptions {
  /**
   * The cloud the app talks to, or a promise of it while the cloud is still starting: Vite starts
   * meanwhile, and `/config.json` answers once the cloud does.
   */
  cloud: CloudConnection | Promise<CloudConnection>;
  /** Default 5173 (Vite's), the origin the local API allows for CORS; 0 picks a free port. */
  port?: number;
  /**
   * The organisation's crisis resources by language; default the contracts' defaults, which the
   * intake API also uses unless its `CRISIS_RESOURCES` is set. Give both the same value.
   */
  crisisResources?: CrisisResourcesByLocale;
  /** Where "Exit this page" goes; default the bundled neutral page. */
  quickExitUrl?: string;
  /** The organisation's privacy notice; default the app's `/privacy` page. */
  privacyNoticeUrl?: string;
}

export interface WebApp {
  url: string;
  stop(): Promise<void>;
}

const LOCAL_CLIENT_ID = 'lantern-local-web';
const root = fileURLToPath(new URL('.', import.meta.url));

/** The one runtime configuration file the SPA reads at startup (CDK writes it in AWS). */
export function runtimeConfigFor(
  origin: string,
  cloud: CloudConnection,
  options: Omit<WebAppOptions, 'cloud'>,
): Record<string, unknown> {
  return {
    apiUrl: cloud.apiUrl,
    authority: cloud.issuerUrl,
    clientId: cloud.clientId ?? LOCAL_CLIENT_ID,
    redirectUri: `${origin}/staff/callback`,
    postLogoutRedirectUri: `${origin}/`,
    silentRedirectUri: `${origin}/silent-renew.html`,
    scope: 'openid email profile',
    quickExitUrl: options.quickExitUrl ?? `${origin}/neutral.html`,
    privacyNoticeUrl: options.privacyNoticeUrl ?? `${origin}/privacy`,
    crisisResources: CrisisResourcesByLocale.parse(options.crisisResources ?? DEFAULT_CRISIS_RESOURCES),
  };
}

function serveRuntimeConfig(options: WebAppOptions, origin: () => string): Plugin {
  return {
    name: 'lantern:runtime-config',
    configureServer(server) {
      server.middlewares.use('/config.json', (_req, res) => {
        res.setHeader('cache-control', 'no-store');
        Promise.resolve(options.cloud).then(
          (cloud) => {
            res.setHeader('content-type', 'application/json');
            res.end(JSON.stringify(runtimeConfigFor(origin(), cloud, options)));
          },
          () => {
            res.statusCode = 503;
            res.end();
          },
        );
      });
    },
  };
}

/** Serves the web app with Vite's dev server beside the local cloud (`pnpm dev`, browser tests). */
export async function startWebApp(options: WebAppOptions): Promise<WebApp> {
  if (options.crisisResources) CrisisResourcesByLocale.parse(options.crisisResources);
  Promise.resolve(options.cloud).catch(() => undefined); // the caller hears of a cloud that failed
  let origin = '';
  const server = await createServer({
    configFile: `${root}vite.config.ts`,
    root,
    logLevel: 'warn',
    clearScreen: false,
    plugins: [serveRuntimeConfig(options, () => origin)],
    server: { host: 'localhost', port: options.port ?? 5173, strictPort: options.port !== 0 },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 5173);
  origin = `http://localhost:${port}`;
  return { url: origin, stop: () => server.close() };
}
