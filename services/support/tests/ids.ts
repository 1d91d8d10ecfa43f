import { randomInt } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A fresh client id for each test, so tests share a table without sharing data. */
export const newClientId = (): string => `cl_${Array.from({ length: 26 }, () => CROCKFORD[randomInt(32)]).join('')}`;
