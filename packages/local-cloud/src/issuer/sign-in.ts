import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider from 'oidc-provider';
import type { Issuer } from './index.js';
import { renderSignInPage } from './sign-in-page.js';
import type { SeededUser } from './users.js';

/** The one password of every seeded staff user, for the local cloud only (README, ADR 0052). */
export const LOCAL_PASSWORD = 'lantern-local';

/** The API, as a resource indicator: what makes oidc-provider issue JWT access tokens. */
const API_RESOURCE = 'urn:lantern:api';
const SCOPE = 'openid email profile';
const PREFIX = '/oidc';

/** A web app on this machine: any localhost port, so `pnpm dev` and the browser tests both fit. */
function isLocalWebUri(uri: string): boolean {
  const url = URL.parse(uri);
  return !!url && url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname);
}

function userBySub(issuer: Issuer, sub: string): SeededUser | undefined {
  return issuer.users.find((user) => user.sub === sub);
}

/**
 * The interactive code + PKCE sign-in of the local issuer: oidc-provider on the same issuer URL and
 * signing key as `/_local/token`, issuing Cognito-shaped JWT access tokens (`cognito:groups`,
 * `client_id`, `token_use`), so the local API's authorizer accepts both alike.
 */
function createProvider(issuer: Issuer): Provider {
  const provider = new Provider(issuer.issuerUrl, {
    clients: [
      {
        client_id: issuer.clientId,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: ['http://localhost:5173/staff/callback'],
        post_logout_redirect_uris: ['http://localhost:5173/'],
      },
    ],
    jwks: { keys: [issuer.signingJwk] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    conformIdTokenClaims: false,
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['cognito:username', 'cognito:groups'] },
    findAccount: (_ctx: unknown, sub: string) => {
      const user = userBySub(issuer, sub);
      if (!user) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: user.email,
          email_verified: true,
          'cognito:username': user.username,
          'cognito:groups': user.groups,
        }),
      };
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource: autoSubmitLogout },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: SCOPE,
          // Cognito access tokens carry `client_id`; `aud` is the same app client here.
          audience: issuer.clientId,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 3600,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    extraTokenClaims: (_ctx: unknown, token: { accountId?: string; kind: string }) => {
      const user = token.accountId ? userBySub(issuer, token.accountId) : undefined;
      if (token.kind !== 'AccessToken' || !user) return undefined;
      return { 'cognito:groups': user.groups, token_use: 'access', username: user.username };
    },
    // A first-party staff app: no consent screen, the grant is made on sign-in.
    loadExistingGrant: async (ctx: GrantContext) => {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope(SCOPE);
      grant.addOIDCClaims(['email', 'email_verified', 'cognito:username', 'cognito:groups']);
      grant.addResourceScope(API_RESOURCE, SCOPE);
      await grant.save();
      return grant;
    },
    clientBasedCORS: (_ctx: unknown, origin: string) => isLocalWebUri(origin),
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `${PREFIX}/interaction/${interaction.uid}` },
    ttl: { AccessToken: 3600, IdToken: 3600, Session: 8 * 3600, Interaction: 3600, Grant: 8 * 3600 },
  });
  // Any localhost port may be the web app (Vite picks another when 5173 is taken).
  provider.Client.prototype.redirectUriAllowed = isLocalWebUri;
  provider.Client.prototype.postLogoutRedirectUriAllowed = isLocalWebUri;
  return provider;
}

interface GrantContext {
  oidc: {
    result?: { consent?: { grantId?: string } };
    session: { accountId: string; grantIdFor(clientId: string): string | undefined };
    client: { clientId: string };
    provider: Provider;
  };
}

function autoSubmitLogout(ctx: { body: string }, form: string): void {
  // Signing out from the staff app needs no second confirmation locally.
  ctx.body = `<!doctype html><html lang="en"><head><title>Signing out</title></head><body><main>${form}
<p>Signing out…</p></main><script>const f=document.forms[0];const i=document.createElement('input');
i.type='hidden';i.name='logout';i.value='yes';f.appendChild(i);f.submit();</script></body></html>`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

async function handleInteraction(
  provider: Provider,
  issuer: Issuer,
  uid: string,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction mismatch');
  const action = `${PREFIX}/interaction/${uid}`;
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(renderSignInPage({ action, password: LOCAL_PASSWORD, users: issuer.users.map((user) => user.username) }));
    return;
  }
  const form = await readForm(req);
  const username = (form.get('username') ?? '').trim().toLowerCase();
  const user = issuer.users.find((candidate) => candidate.username === username);
  if (!user || form.get('password') !== LOCAL_PASSWORD) {
    res.writeHead(401, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(
      renderSignInPage({
        action,
        password: LOCAL_PASSWORD,
        users: issuer.users.map((seeded) => seeded.username),
        username,
        failed: true,
      }),
    );
    return;
  }
  await provider.interactionFinished(req, res, { login: { accountId: user.sub } }, { mergeWithLastSubmission: false });
}

interface Mounted {
  provider: Provider;
  callback: (req: IncomingMessage, res: ServerResponse) => unknown;
}

const mounted = new WeakMap<Issuer, Mounted>();

/**
 * Answers every `/oidc/*` request (discovery, authorization, token, JWKS, sign-out, and the
 * sign-in page itself); returns false for any other path.
 */
export function handleSignInRequest(issuer: Issuer, path: string, req: IncomingMessage, res: ServerResponse): boolean {
  if (path !== PREFIX && !path.startsWith(`${PREFIX}/`)) return false;
  let mine = mounted.get(issuer);
  if (!mine) {
    const provider = createProvider(issuer);
    mine = { provider, callback: provider.callback() };
    mounted.set(issuer, mine);
  }
  const interaction = /^\/oidc\/interaction\/([\w-]+)$/.exec(path);
  const done = interaction?.[1]
    ? handleInteraction(mine.provider, issuer, interaction[1], req, res)
    : mountedCallback(mine.callback, req, res);
  done.catch((error: unknown) => {
    if (res.headersSent) return res.end();
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`Sign-in failed: ${(error as Error).message}. Start again from the web app.`);
  });
  return true;
}

/** oidc-provider expects paths relative to where it is mounted, as under Express's `app.use`. */
function mountedCallback(callback: Mounted['callback'], req: IncomingMessage, res: ServerResponse): Promise<void> {
  const original = req.url ?? '/';
  Object.assign(req, { originalUrl: original, url: original.slice(PREFIX.length) || '/' });
  return Promise.resolve(callback(req, res)).then(() => undefined);
}
