import { createHash } from 'node:crypto';
import { IDEMPOTENCY_KEY_HEADER, type RouteDefinition, routeKey } from '@lantern/contracts';
import type { MiddlewareObj, Request } from '@middy/core';
import type { TableAccess } from '../data/tables.js';
import { ConflictProblem } from '../errors.js';
import type { DocumentTransactItem } from '../outbox/outbox.js';
import type { HttpContext, HttpEvent, HttpResponse, HttpResult } from './types.js';

/** An Idempotency-Key's first answer is kept a day, as most APIs that honour the header do. */
const KEEP_SECONDS = 24 * 3600;

/**
 * Where a route's Idempotency-Key answers are kept: `idempotencyRecords(documents, table)`. The
 * read comes in with it, so this module (and every HTTP handler) carries no DynamoDB SDK of its own.
 */
export interface IdempotencyOptions {
  table: TableAccess;
  /** A strongly consistent read of one item by key. */
  read(key: Record<string, unknown>): Promise<Record<string, unknown> | undefined>;
}

/**
 * What a handler gets when the caller sent an Idempotency-Key: the record to write in the same
 * transaction as the change, so the change and its remembered answer are stored together or not at all.
 */
export interface IdempotencyClaim {
  transactItem(result: HttpResult, now: Date): DocumentTransactItem;
}

/** Thrown by `writeWithOutbox` when a concurrent request with the same key won the race. */
export class IdempotencyKeyTakenError extends Error {
  override name = 'IdempotencyKeyTakenError';
}

interface StoredAnswer {
  requestHash: string;
  result: HttpResult;
  expiresAt: number;
}

const hashOf = (event: HttpEvent) =>
  createHash('sha256')
    .update(event.body ?? '')
    .digest('hex');

/**
 * Idempotency-Key for a route that declares the header (runtime middleware any POST can opt into):
 *
 *   request 1: no record ──► handler ──► transaction(change + record) ✓ ──► 201
 *   request 2: record, same body ──────────────────────────────────────────► the stored 201, replayed
 *   request 2': record, another body ──────────────────────────────────────► 409, nothing written
 *   racing 1 & 1': both see no record ──► 1 commits; 1' fails its condition ──► 1's answer, replayed
 */
export function idempotency(
  route: RouteDefinition,
  options: IdempotencyOptions,
): MiddlewareObj<HttpEvent, HttpResponse, Error, HttpContext> {
  const { table, read } = options;
  const ttl = table.ttlAttribute;
  if (!ttl) throw new Error(`Idempotency records need a ttlAttribute on table ${table.logicalName}`);
  const keyOf = (key: string) => {
    const partition = `IDEMPOTENCY#${routeKey(route)}#${key}`;
    return table.sortKey ? table.key(partition, 'IDEMPOTENCY') : table.key(partition);
  };
  const headerOf = (request: Request<HttpEvent, HttpResponse, Error, HttpContext>) =>
    // Undefined when an earlier check refused the request before its headers were parsed.
    request.context.lantern?.headers?.[IDEMPOTENCY_KEY_HEADER] as string | undefined;

  const stored = async (key: string): Promise<StoredAnswer | undefined> => {
    const item = (await read(keyOf(key))) as StoredAnswer | undefined;
    // An expired record that TTL has not yet removed does not count.
    return item && item.expiresAt >= Math.floor(Date.now() / 1000) ? item : undefined;
  };
  const replay = (request: Request<HttpEvent, HttpResponse, Error, HttpContext>, answer: StoredAnswer) => {
    if (answer.requestHash !== hashOf(request.event)) {
      throw new ConflictProblem('This Idempotency-Key was already used with a different request.');
    }
    const { result } = answer;
    request.response = {
      statusCode: result.status,
      headers: {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        ...result.headers,
        'idempotent-replayed': 'true',
      },
      body: result.body === undefined ? '' : JSON.stringify(result.body),
    };
  };

  const idempotencyBefore = async (request: Request<HttpEvent, HttpResponse, Error, HttpContext>) => {
    const key = headerOf(request);
    if (key === undefined) return;
    const answer = await stored(key);
    if (answer) {
      replay(request, answer);
      return request.response;
    }
    const requestHash = hashOf(request.event);
    const claim: IdempotencyClaim = {
      transactItem: (result, now) => {
        const nowSeconds = Math.floor(now.getTime() / 1000);
        return {
          Put: {
            TableName: table.name,
            Item: { ...keyOf(key), requestHash, result, [ttl]: nowSeconds + KEEP_SECONDS },
            ConditionExpression: `attribute_not_exists(#pk) OR #ttl < :now`,
            ExpressionAttributeNames: { '#pk': table.partitionKey, '#ttl': ttl },
            ExpressionAttributeValues: { ':now': nowSeconds },
          },
        };
      },
    };
    request.context.lantern = { ...request.context.lantern, idempotency: claim };
  };

  const idempotencyOnError = async (request: Request<HttpEvent, HttpResponse, Error, HttpContext>) => {
    const key = headerOf(request);
    if (!(request.error instanceof IdempotencyKeyTakenError) || key === undefined) return;
    const answer = await stored(key);
    if (!answer) return;
    try {
      replay(request, answer);
    } catch (conflict) {
      request.error = conflict as Error;
    }
  };
  return { before: idempotencyBefore, onError: idempotencyOnError };
}
