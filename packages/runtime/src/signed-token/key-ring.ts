import * as z from 'zod/mini';

/**
 * The keys that sign links, as configuration: a JSON key ring in one environment variable.
 *
 *   LANTERN_LINK_KEYS='{"current":{"id":"2027a","secret":"<base64, 32+ bytes>"},
 *                       "previous":{"id":"2026b","secret":"..."}}'
 *
 * Locally the local cloud sets the variable. In AWS the same JSON is a Secrets Manager secret
 * (encrypted with the customer-managed key); the CDK app grants `secretsmanager:GetSecretValue` on
 * it and passes its ARN in `LANTERN_LINK_KEYS_SECRET_ARN`, and the function reads it once per cold
 * start with Powertools' `getSecret` (cached, max age 5 minutes) and hands the string to
 * `parseKeyRing`. It is never put in the function's environment in plain text.
 *
 * Rotation (Secrets Manager rotation function, or by hand): write a new `current`, move the old one
 * to `previous`. Links signed with either key verify; new links use `current`. After the longest
 * link lifetime has passed, drop `previous`.
 */
export const LINK_KEYS_VARIABLE = 'LANTERN_LINK_KEYS';

const MIN_SECRET_BYTES = 32;

export interface SigningKey {
  /** Written in every token so a verifier picks the right key; safe to show. */
  readonly id: string;
  readonly secret: Buffer;
}

export interface KeyRing {
  readonly current: SigningKey;
  readonly previous?: SigningKey;
}

const KeyConfig = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,16}$/, { message: 'Key id: 1-16 letters, digits, - or _' })),
  secret: z.string().check(z.regex(/^[A-Za-z0-9+/_=-]+$/, { message: 'Secret: base64' })),
});
const KeyRingConfig = z.object({ current: KeyConfig, previous: z.optional(KeyConfig) });

/** A key ring that cannot sign safely: refused at start-up, never at the first request. */
export class KeyRingConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyRingConfigError';
  }
}

function keyOf(config: z.infer<typeof KeyConfig>): SigningKey {
  const secret = Buffer.from(config.secret, 'base64');
  if (secret.length < MIN_SECRET_BYTES) {
    throw new KeyRingConfigError(`Key ${config.id} is shorter than ${MIN_SECRET_BYTES} bytes`);
  }
  return { id: config.id, secret };
}

/** The key ring from its JSON text (the variable's value or the secret's string). */
export function parseKeyRing(json: string): KeyRing {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new KeyRingConfigError('The key ring is not JSON');
  }
  const parsed = KeyRingConfig.safeParse(raw);
  if (!parsed.success) throw new KeyRingConfigError(`Invalid key ring: ${parsed.error.issues[0]?.message}`);
  const current = keyOf(parsed.data.current);
  if (!parsed.data.previous) return { current };
  if (parsed.data.previous.id === current.id) throw new KeyRingConfigError('The two keys need different ids');
  return { current, previous: keyOf(parsed.data.previous) };
}

/** The key ring from `LANTERN_LINK_KEYS`. */
export function keyRingFromEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): KeyRing {
  const json = env[LINK_KEYS_VARIABLE];
  if (!json) throw new KeyRingConfigError(`${LINK_KEYS_VARIABLE} is not set`);
  return parseKeyRing(json);
}
