import type { ServerResponse } from 'node:http';
import { PROBLEM_TYPES, type Problem } from '@lantern/contracts';

export type { Problem } from '@lantern/contracts';

/** A problem of one of the contracts' stable types, so the local cloud's errors read like the services'. */
export function problem(kind: keyof typeof PROBLEM_TYPES, title: string, status: number, detail: string): Problem {
  return { type: PROBLEM_TYPES[kind], title, status, detail };
}

/** RFC 9457 problem+json, the error shape of every Lantern HTTP answer. */
export function sendProblem(res: ServerResponse, body: Problem, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(body.status, {
    ...headers,
    'content-type': 'application/problem+json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
