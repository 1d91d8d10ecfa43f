import type { ServerResponse } from 'node:http';

const PROBLEM_BASE = 'https://lantern.dev/problems/';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
}

export function problem(slug: string, title: string, status: number, detail: string): Problem {
  return { type: `${PROBLEM_BASE}${slug}`, title, status, detail };
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
