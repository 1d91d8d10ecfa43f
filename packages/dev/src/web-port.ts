import { LocalCloudError } from '@lantern/local-cloud/early';

/** Vite's default port and the ones it would try next when that is taken. */
const VITE_DEFAULT_PORT = 5173;
const PORTS_TO_TRY = 20;

/** The ports `pnpm dev` may serve the web app on: exactly `LANTERN_WEB_PORT` when set, else Vite's run of ports. */
export function webPortCandidates(fromEnvironment: string | undefined): number[] {
  if (fromEnvironment) {
    const port = Number(fromEnvironment);
    if (!Number.isInteger(port) || port < 1 || port > 65_535) {
      throw new LocalCloudError(`LANTERN_WEB_PORT must be a port number (1-65535), not "${fromEnvironment}".`);
    }
    return [port];
  }
  return Array.from({ length: PORTS_TO_TRY }, (_, index) => VITE_DEFAULT_PORT + index);
}

/** The origins the API allows for CORS when the web app is on `port`. */
export function webOrigins(port: number): string[] {
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
}
