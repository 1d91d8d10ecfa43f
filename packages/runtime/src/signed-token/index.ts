export type { KeyRing, SigningKey } from './key-ring.js';
export { KeyRingConfigError, keyRingFromEnvironment, LINK_KEYS_VARIABLE, parseKeyRing } from './key-ring.js';
export type { TokenCheck, TokenClaims, TokenPurpose, TokenRefusal } from './token.js';
export { signToken, TOKEN_PURPOSES, TOKEN_REFUSALS, verifyToken } from './token.js';
