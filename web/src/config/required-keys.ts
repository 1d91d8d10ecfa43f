/** Keys `/config.json` must carry; the CDK app's assertion tests check it writes each. */
export const REQUIRED_CONFIG_KEYS = [
  'apiUrl',
  'authority',
  'clientId',
  'redirectUri',
  'postLogoutRedirectUri',
  'silentRedirectUri',
] as const;
