import { type User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { computed, shallowRef } from 'vue';
import { runtimeConfig } from '../config/runtime-config.js';
import { rolesOf } from './roles.js';

/**
 * The staff session: OpenID Connect code + PKCE with oidc-client-ts, against Cognito in AWS and
 * the local cloud's issuer locally. Loaded only by the staff area.
 */
let manager: UserManager | undefined;
const user = shallowRef<User | null>(null);

function userManager(): UserManager {
  if (manager) return manager;
  const config = runtimeConfig();
  manager = new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    post_logout_redirect_uri: config.postLogoutRedirectUri,
    silent_redirect_uri: config.silentRedirectUri,
    scope: config.scope,
    response_type: 'code',
    automaticSilentRenew: true,
    // Tokens last for this tab only: a shared computer forgets them when the tab closes.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    ...(config.signInDomain
      ? {
          metadataSeed: { end_session_endpoint: `${config.signInDomain.replace(/\/$/, '')}/logout` },
        }
      : {}),
  });
  manager.events.addUserLoaded((loaded) => {
    user.value = loaded;
  });
  manager.events.addUserUnloaded(() => {
    user.value = null;
  });
  manager.events.addAccessTokenExpired(() => {
    user.value = null;
  });
  return manager;
}

export const currentUser = computed(() => user.value);
export const roles = computed(() => (user.value ? rolesOf(user.value.access_token) : []));
export const displayName = computed(
  () => user.value?.profile.email ?? user.value?.profile.name ?? user.value?.profile.sub ?? '',
);

/** The signed-in user, restored from this tab's storage, or null. */
export async function restoreSession(): Promise<User | null> {
  const stored = await userManager().getUser();
  user.value = stored && !stored.expired ? stored : null;
  return user.value;
}

export async function signIn(returnTo: string): Promise<void> {
  await userManager().signinRedirect({ state: { returnTo } });
}

/** Completes the redirect back from the issuer; returns where the person was going. */
export async function completeSignIn(): Promise<string> {
  const signedIn = await userManager().signinRedirectCallback();
  user.value = signedIn;
  const state = signedIn.state as { returnTo?: string } | undefined;
  return state?.returnTo?.startsWith('/staff') ? state.returnTo : '/staff';
}

export async function signOut(): Promise<void> {
  const manager = userManager();
  const signedIn = user.value;
  await manager.removeUser();
  user.value = null;
  const config = runtimeConfig();
  await manager.signoutRedirect({
    ...(signedIn?.id_token ? { id_token_hint: signedIn.id_token } : {}),
    // Cognito's /logout reads these two rather than the standard parameters.
    ...(config.signInDomain
      ? { extraQueryParams: { client_id: config.clientId, logout_uri: config.postLogoutRedirectUri } }
      : {}),
  });
}

/** The bearer token for API calls. */
export function accessToken(): string {
  if (!user.value) throw new Error('Not signed in');
  return user.value.access_token;
}
