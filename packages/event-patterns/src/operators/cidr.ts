import { inRange, parseIp } from '../cidr.js';
import type { Condition } from '../ir.js';

/** `cidr`: the event value must be a standard IPv4 or IPv6 address inside the range. */
export function cidrTest({ range }: Extract<Condition, { op: 'cidr' }>): (value: string) => boolean {
  return (value) => {
    const address = parseIp(value);
    return address !== undefined && inRange(range, address);
  };
}
