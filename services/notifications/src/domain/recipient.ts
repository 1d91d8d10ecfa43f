import { createHash } from 'node:crypto';

/** Addresses are keyed by a hash, so no key, token or log line carries one. */
export const addressKey = (address: string) => createHash('sha256').update(address.trim().toLowerCase()).digest('hex');

const dots = (length: number) => '•'.repeat(Math.max(1, length));

/**
 * What the delivery log shows of an address: enough for staff to tell two apart, never the address.
 *   sam.lee@example.org → s••••••@e••••••.org      +15555550123 → +•••••••0123
 */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return `${address.startsWith('+') ? '+' : ''}${dots(address.length - 5)}${address.slice(-4)}`;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const suffix = dot > 0 ? domain.slice(dot) : '';
  return `${local.slice(0, 1)}${dots(local.length - 1)}@${host.slice(0, 1)}${dots(host.length - 1)}${suffix}`;
}
