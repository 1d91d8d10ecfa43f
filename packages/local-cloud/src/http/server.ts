import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { BodyTooLargeError } from '../errors.js';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** Starts an HTTP server on the loopback interface; port 0 picks a free one. Resolves the port. */
export async function listen(handler: RequestHandler, port = 0, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((req, res) => {
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: error instanceof Error ? error.message : String(error) }));
      } else res.destroy();
    });
  });
  // Idle keep-alive sockets live a minute, as behind AWS's endpoints: with 5 s, a client lagging
  // under load reused sockets the server had just closed (ECONNRESET). `closeServer` still closes
  // idle ones at once.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

/** Listens on `port` when it is free, else on any free port (a saved port another process took). */
export async function listenPreferring(handler: RequestHandler, port: number): Promise<Server> {
  if (port === 0) return listen(handler);
  return listen(handler, port).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    return listen(handler);
  });
}

export function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Server is not listening on a TCP port');
  return address.port;
}

/**
 * Stops accepting connections; requests already running get up to `graceMs` to finish before the
 * remaining connections are cut.
 */
export async function closeServer(server: Server, graceMs = 0): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  if (graceMs > 0) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([closed, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
  }
  server.closeAllConnections();
  await closed;
}

/** A free TCP port (or `port`, when it is free) for a child process that cannot take port 0 and report back. */
export async function freePort(wanted = 0): Promise<number> {
  const server = await listen(() => undefined, wanted);
  const port = portOf(server);
  await closeServer(server);
  return port;
}

export async function readBody(req: IncomingMessage, limitBytes = Number.POSITIVE_INFINITY): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limitBytes) throw new BodyTooLargeError(`Body exceeds ${limitBytes} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limitBytes) throw new BodyTooLargeError(`Body exceeds ${limitBytes} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
