/**
 * IPv4 and IPv6 addresses as arrays of 16-bit words (IPv4: 2 words, IPv6: 8 words), so a CIDR test is
 * a handful of integer comparisons. Only standard text forms are accepted, as AWS does ("Nonstandard
 * IP address").
 */
export type IpWords = readonly number[];

const IPV4 =
  /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

export function parseIpv4(text: string): IpWords | undefined {
  const m = IPV4.exec(text);
  if (m === null) return undefined;
  return [Number(m[1]) * 256 + Number(m[2]), Number(m[3]) * 256 + Number(m[4])];
}

export function parseIpv6(text: string): IpWords | undefined {
  if (!text.includes(':')) return undefined;
  let body = text;
  const tail: number[] = [];
  const lastColon = body.lastIndexOf(':');
  if (body.includes('.', lastColon)) {
    const v4 = parseIpv4(body.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    tail.push(...v4);
    body = `${body.slice(0, lastColon + 1)}x`; // placeholder group, removed below
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    for (const g of part.split(':')) {
      if (g === 'x') continue;
      if (!HEX_GROUP.test(g)) return undefined;
      out.push(Number.parseInt(g, 16));
    }
    return out;
  };
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  if (head === undefined || rest === undefined) return undefined;
  const explicit = head.length + rest.length + tail.length;
  if (halves.length === 1 ? explicit !== 8 : explicit > 7) return undefined;
  return [...head, ...new Array<number>(8 - explicit).fill(0), ...rest, ...tail];
}

let lastText: string | undefined;
let lastWords: IpWords | undefined;

/** Parses an address; remembers the last one, since a bus tests one event against many rules in turn. */
export function parseIp(text: string): IpWords | undefined {
  if (text !== lastText) {
    lastWords = parseIpv4(text) ?? parseIpv6(text);
    lastText = text;
  }
  return lastWords;
}

/** Network words masked to `bits`, paired with the per-word masks, for `inRange`. */
export interface CidrRange {
  readonly network: IpWords;
  readonly masks: IpWords;
}

export function cidrRange(address: IpWords, bits: number): CidrRange {
  const masks = address.map((_, i) => {
    const used = Math.min(16, Math.max(0, bits - i * 16));
    return used === 0 ? 0 : (0xffff << (16 - used)) & 0xffff;
  });
  return { network: address.map((w, i) => w & masks[i]!), masks };
}

export function inRange(range: CidrRange, address: IpWords): boolean {
  const { network, masks } = range;
  if (address.length !== network.length) return false;
  for (let i = 0; i < network.length; i++) {
    if ((address[i]! & masks[i]!) !== network[i]) return false;
  }
  return true;
}
