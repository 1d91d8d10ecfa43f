import type { Server } from 'node:http';
import { LocalCloudError } from '../errors.js';
import { listen, portOf, type RequestHandler } from '../http/server.js';

/** Answers on 127.0.0.1 and, when the machine has IPv6, on ::1 too, so `localhost` works either way. */
export async function listenApi(handler: RequestHandler, port: number): Promise<Server[]> {
  const first = await listen(handler, port, '127.0.0.1').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    throw new LocalCloudError(
      `Port ${port} is already in use (another \`pnpm dev\`?). Stop it, or choose another port with LANTERN_API_PORT=3001.`,
    );
  });
  try {
    return [first, await listen(handler, portOf(first), '::1')];
  } catch {
    return [first];
  }
}
