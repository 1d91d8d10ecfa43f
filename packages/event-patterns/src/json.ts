import { InvalidPatternError } from './errors.js';

/**
 * A JSON value that keeps each number's source text, so limits are judged on what the caller wrote
 * (as PutRule does) rather than on what `JSON.parse` rounded it to. Objects keep the last duplicate
 * key, as AWS does: "if you include a key more than once the last reference will be the one used".
 */
export type JsonNode =
  | { readonly kind: 'object'; readonly entries: ReadonlyMap<string, JsonNode> }
  | { readonly kind: 'array'; readonly items: readonly JsonNode[] }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number; readonly text: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' };

/** Converts an already-parsed value; numbers carry JavaScript's shortest text for them. */
export function fromValue(value: unknown, where = 'pattern'): JsonNode {
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'array', items: value.map((item) => fromValue(item, where)) };
  switch (typeof value) {
    case 'string':
      return { kind: 'string', value };
    case 'boolean':
      return { kind: 'boolean', value };
    case 'number':
      if (!Number.isFinite(value)) throw new InvalidPatternError(`${where} contains a number that is not finite`);
      return { kind: 'number', value, text: String(value) };
    case 'object': {
      const entries = new Map<string, JsonNode>();
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        if (item !== undefined) entries.set(key, fromValue(item, `"${key}"`));
      }
      return { kind: 'object', entries };
    }
    default:
      throw new InvalidPatternError(`${where} contains a ${typeof value}, which JSON cannot express`);
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters in strings.
const CONTROL = /[\u0000-\u001f]/;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Parses JSON text strictly (RFC 8259), keeping number text. */
export function parseJson(text: string): JsonNode {
  let at = 0;
  const fail = (what: string): never => {
    throw new InvalidPatternError(`${what} at position ${at} of the pattern text`);
  };
  const skip = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const parseString = (): string => {
    at++; // opening quote
    let out = '';
    for (;;) {
      const close = text.indexOf('"', at);
      const slash = text.indexOf('\\', at);
      if (close < 0) fail('Unterminated string');
      const end = slash < 0 || close < slash ? close : slash;
      if (CONTROL.test(text.slice(at, end))) fail('Unescaped control character in string');
      if (end === close) {
        out += text.slice(at, close);
        at = close + 1;
        break;
      }
      out += text.slice(at, slash);
      at = slash + 1;
      const escaped = text[at++];
      if (escaped === 'u') {
        const hex = text.slice(at, at + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('Bad unicode escape');
        out += String.fromCharCode(Number.parseInt(hex, 16));
        at += 4;
      } else if (escaped !== undefined && escaped in ESCAPES) {
        out += ESCAPES[escaped];
      } else {
        fail('Bad escape in string');
      }
    }
    return out;
  };
  const parseValue = (depth: number): JsonNode => {
    if (depth > 256) fail('Pattern nests too deeply');
    skip();
    const c = text[at];
    if (c === '{') {
      at++;
      const entries = new Map<string, JsonNode>();
      skip();
      if (text[at] === '}') {
        at++;
        return { kind: 'object', entries };
      }
      for (;;) {
        skip();
        if (text[at] !== '"') fail('Expected a double-quoted field name');
        const key = parseString();
        skip();
        if (text[at] !== ':') fail('Expected ":"');
        at++;
        entries.delete(key); // last duplicate wins, and keeps its own position
        entries.set(key, parseValue(depth + 1));
        skip();
        if (text[at] === ',') {
          at++;
          continue;
        }
        if (text[at] === '}') {
          at++;
          return { kind: 'object', entries };
        }
        fail('Expected "," or "}"');
      }
    }
    if (c === '[') {
      at++;
      const items: JsonNode[] = [];
      skip();
      if (text[at] === ']') {
        at++;
        return { kind: 'array', items };
      }
      for (;;) {
        items.push(parseValue(depth + 1));
        skip();
        if (text[at] === ',') {
          at++;
          continue;
        }
        if (text[at] === ']') {
          at++;
          return { kind: 'array', items };
        }
        fail('Expected "," or "]"');
      }
    }
    if (c === '"') return { kind: 'string', value: parseString() };
    for (const [word, node] of [
      ['true', { kind: 'boolean', value: true }],
      ['false', { kind: 'boolean', value: false }],
      ['null', { kind: 'null' }],
    ] as const) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return node;
      }
    }
    NUMBER.lastIndex = at;
    const match = NUMBER.exec(text);
    if (match === null) return fail('Unrecognized token');
    at += match[0].length;
    return { kind: 'number', value: Number(match[0]), text: match[0] };
  };
  const node = parseValue(0);
  skip();
  if (at !== text.length) fail('Unexpected text after the pattern');
  return node;
}
