import type { CrisisResourcesByLocale } from '@lantern/contracts';
import { LOCALE_OPTIONS } from '../intake/vocabulary.js';
import { REQUIRED_CONFIG_KEYS } from './required-keys.js';

/**
 * Everything that differs between deployments, read from `/config.json` at startup so that one
 * build runs anywhere: locally `startWebApp` serves it, in AWS the CDK stack writes it.
 */
export interface RuntimeConfig {
  apiUrl: string;
  /** OpenID Connect issuer (Cognito user pool, or the local cloud's issuer). */
  authority: string;
  clientId: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  silentRedirectUri: string;
  scope: string;
  /**
   * Cognito's hosted sign-in origin, whose `/logout` ends the session (Cognito's discovery has no
   * `end_session_endpoint`); absent locally, where the issuer's discovery has one.
   */
  signInDomain?: string;
  /** Where "Exit this page" goes: a neutral page, maybe another site. */
  quickExitUrl: string;
  /** The organisation's privacy notice, linked from the privacy consent; default `/privacy`. */
  privacyNoticeUrl: string;
  /** The organisation's crisis resources by language: the very entries the API answers with. */
  crisisResources: CrisisResourcesByLocale;
}

export class RuntimeConfigError extends Error {
  override name = 'RuntimeConfigError';
}

export function parseRuntimeConfig(value: unknown, origin: string): RuntimeConfig {
  if (typeof value !== 'object' || value === null) throw new RuntimeConfigError('config.json is not an object');
  const raw = value as Record<string, unknown>;
  for (const key of REQUIRED_CONFIG_KEYS) {
    if (typeof raw[key] !== 'string' || raw[key] === '') throw new RuntimeConfigError(`config.json needs "${key}"`);
  }
  return {
    apiUrl: String(raw.apiUrl).replace(/\/$/, ''),
    authority: String(raw.authority),
    clientId: String(raw.clientId),
    redirectUri: String(raw.redirectUri),
    postLogoutRedirectUri: String(raw.postLogoutRedirectUri),
    silentRedirectUri: String(raw.silentRedirectUri),
    scope: typeof raw.scope === 'string' ? raw.scope : 'openid email profile',
    quickExitUrl: typeof raw.quickExitUrl === 'string' ? raw.quickExitUrl : `${origin}/neutral.html`,
    privacyNoticeUrl: typeof raw.privacyNoticeUrl === 'string' ? raw.privacyNoticeUrl : `${origin}/privacy`,
    ...(typeof raw.signInDomain === 'string' && raw.signInDomain ? { signInDomain: raw.signInDomain } : {}),
    crisisResources: crisisResourcesOf(raw.crisisResources),
  };
}

/**
 * The shape only: the values were checked with the contracts schema where they were configured
 * (the CDK app, `startWebApp`), and zod stays out of the public pages' first load.
 */
function crisisResourcesOf(value: unknown): CrisisResourcesByLocale {
  const byLocale = value as Partial<Record<string, unknown>> | null | undefined;
  for (const locale of LOCALE_OPTIONS) {
    const list = byLocale?.[locale];
    if (!Array.isArray(list) || list.length === 0 || !list.every((entry) => typeof entry?.name === 'string')) {
      throw new RuntimeConfigError(`config.json needs "crisisResources.${locale}"`);
    }
  }
  return byLocale as CrisisResourcesByLocale;
}

let current: RuntimeConfig | undefined;

export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  // No cache override: the request must match index.html's preload to reuse it.
  const response = await fetchImpl('/config.json');
  if (!response.ok) throw new RuntimeConfigError(`config.json: HTTP ${response.status}`);
  current = parseRuntimeConfig(await response.json(), window.location.origin);
  return current;
}

export function setRuntimeConfig(config: RuntimeConfig): void {
  current = config;
}

export function runtimeConfig(): RuntimeConfig {
  if (!current) throw new RuntimeConfigError('The runtime configuration is not loaded yet');
  return current;
}
