import { fileURLToPath } from 'node:url';
import { CrisisResourcesByLocale, DEFAULT_CRISIS_RESOURCES } from '@lantern/contracts';
import { createServer, type Plugin } from 'vite';

export interface WebAppOptions {
  /** The Lantern API, e.g. `http://localhost:3000`. */
  apiUrl: string;
  /** The OpenID Connect issuer, e.g. `http://localhost:3000/oidc`. */
  issuerUrl: string;
  /** Default 5173 (Vite's), the origin the local API allows for CORS; 0 picks a free port. */
  port?: number;
  /** The SPA's client id at the issuer; default the local issuer's. */
  clientId?: string;
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
export function runtimeConfigFor(origin: string, options: WebAppOptions): Record<string, unknown> {
  return {
    apiUrl: options.apiUrl,
    authority: options.issuerUrl,
    clientId: options.clientId ?? LOCAL_CLIENT_ID,
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
        res.setHeader('content-type', 'application/json');
        res.setHeader('cache-control', 'no-store');
        res.end(JSON.stringify(runtimeConfigFor(origin(), options)));
      });
    },
  };
}

/** Serves the web app with Vite's dev server beside the local cloud (`pnpm dev`, browser tests). */
export async function startWebApp(options: WebAppOptions): Promise<WebApp> {
  if (options.crisisResources) CrisisResourcesByLocale.parse(options.crisisResources);
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
