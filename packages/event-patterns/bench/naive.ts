/**
 * The baseline: a straightforward interpreter that walks the pattern JSON for every event, with no
 * compilation (no Sets, no pre-lowered strings, regexes built on each use). It agrees with the
 * compiled matcher on the benchmark's rules (IPv4 only, at most six decimals); run.ts checks that
 * both count the same matches.
 */
export function naiveMatches(pattern: Record<string, unknown>, event: unknown): boolean {
  if (event === null || typeof event !== 'object') return objectAbsent(pattern);
  if (Array.isArray(event)) {
    const objects = event.flat(Number.POSITIVE_INFINITY).filter((e) => e !== null && typeof e === 'object');
    if (objects.length === 0) return objectAbsent(pattern);
    return objects.some((e) => naiveMatches(pattern, e));
  }
  const record = event as Record<string, unknown>;
  return Object.entries(pattern).every(([key, spec]) => {
    if (
      key === '$or' &&
      Array.isArray(spec) &&
      spec.length > 1 &&
      spec.every((s) => isPlainObject(s) && !hasOperator(s))
    ) {
      return spec.some((alternative) => naiveMatches(alternative as Record<string, unknown>, event));
    }
    const [head, ...rest] = key.split('.');
    const nested = rest.length > 0 ? { [rest.join('.')]: spec } : undefined;
    const value = Object.hasOwn(record, head!) ? record[head!] : undefined;
    if (nested !== undefined) return naiveMatches(nested, value ?? joined(record, head!));
    if (Array.isArray(spec)) return leafMatches(spec, value);
    return naiveMatches(spec as Record<string, unknown>, value ?? joined(record, key));
  });
}

const OPERATORS = ['prefix', 'suffix', 'equals-ignore-case', 'wildcard', 'anything-but', 'numeric', 'cidr', 'exists'];
const isPlainObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
const hasOperator = (v: object) => Object.keys(v).some((k) => OPERATORS.includes(k));

function joined(record: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const entries = Object.entries(record).filter(([k]) => k.startsWith(`${key}.`));
  return entries.length === 0 ? undefined : Object.fromEntries(entries.map(([k, v]) => [k.slice(key.length + 1), v]));
}

function objectAbsent(pattern: Record<string, unknown>): boolean {
  return naiveMatches(pattern, {});
}

function leafMatches(spec: unknown[], value: unknown): boolean {
  const absent = spec.some((c) => isPlainObject(c) && (c as { exists?: unknown }).exists === false);
  if (value === undefined || (isPlainObject(value) && value !== null)) return absent;
  const values = Array.isArray(value) ? value.flat(Number.POSITIVE_INFINITY).filter((v) => !isPlainObject(v)) : [value];
  if (values.length === 0) return absent;
  return values.some((v) => spec.some((c) => conditionMatches(c, v)));
}

function conditionMatches(condition: unknown, v: unknown): boolean {
  if (!isPlainObject(condition)) return sameValue(condition, v);
  const [[op, arg]] = Object.entries(condition as object) as [[string, unknown]];
  const s = typeof v === 'string' ? v : undefined;
  switch (op) {
    case 'exists':
      return arg === true;
    case 'prefix':
      return (
        s !== undefined && (typeof arg === 'string' ? s.startsWith(arg) : s.toLowerCase().startsWith(ignoreCase(arg)))
      );
    case 'suffix':
      return s !== undefined && (typeof arg === 'string' ? s.endsWith(arg) : s.toLowerCase().endsWith(ignoreCase(arg)));
    case 'equals-ignore-case':
      return s !== undefined && s.toLowerCase() === (arg as string).toLowerCase();
    case 'wildcard':
      return s !== undefined && wildcardRegExp(arg as string).test(s);
    case 'numeric':
      return typeof v === 'number' && Math.abs(v) <= 5e9 && numericMatches(arg as unknown[], v);
    case 'cidr':
      return s !== undefined && cidrMatches(arg as string, s);
    default:
      return anythingBut(arg, v);
  }
}

function ignoreCase(arg: unknown): string {
  return (arg as { 'equals-ignore-case': string })['equals-ignore-case'].toLowerCase();
}

function sameValue(expected: unknown, v: unknown): boolean {
  if (typeof expected === 'number' && typeof v === 'number') return Math.round(expected * 1e6) === Math.round(v * 1e6);
  return expected === v;
}

function anythingBut(arg: unknown, v: unknown): boolean {
  if (!isPlainObject(arg)) return !(Array.isArray(arg) ? arg : [arg]).some((x) => sameValue(x, v));
  if (typeof v !== 'string') return true;
  const [[op, inner]] = Object.entries(arg as object) as [[string, unknown]];
  const list = (Array.isArray(inner) ? inner : [inner]) as string[];
  if (op === 'prefix') return !list.some((p) => v.startsWith(p));
  if (op === 'suffix') return !list.some((p) => v.endsWith(p));
  if (op === 'wildcard') return !list.some((p) => wildcardRegExp(p).test(v));
  return !list.some((p) => p.toLowerCase() === v.toLowerCase());
}

function numericMatches(terms: unknown[], v: number): boolean {
  for (let i = 0; i < terms.length; i += 2) {
    const bound = terms[i + 1] as number;
    const ok = { '<': v < bound, '<=': v <= bound, '>': v > bound, '>=': v >= bound, '=': v === bound }[
      terms[i] as string
    ];
    if (!ok) return false;
  }
  return true;
}

function wildcardRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') source += `\\${pattern[++i]}`;
    else source += c === '*' ? '.*' : c.replace(/[.+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 's');
}

function cidrMatches(cidr: string, ip: string): boolean {
  const [network, bits] = cidr.split('/') as [string, string];
  const toBits = (a: string) =>
    a
      .split('.')
      .map((o) => Number(o).toString(2).padStart(8, '0'))
      .join('');
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(ip)) return false;
  return toBits(network).slice(0, Number(bits)) === toBits(ip).slice(0, Number(bits));
}
