import { UserManager } from 'oidc-client-ts';

// Runs inside the hidden iframe of a silent renewal: hands the issuer's answer to the app.
void new UserManager({ authority: location.origin, client_id: 'lantern-web', redirect_uri: location.href })
  .signinSilentCallback()
  .catch(() => undefined);
