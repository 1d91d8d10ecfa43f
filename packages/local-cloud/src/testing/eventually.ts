/**
 * The one way Lantern's tests wait for something asynchronous (an event on the bus, an email, a
 * projection): poll `check` until it returns a value other than undefined, or fail after
 * `timeoutMs` naming `what` was awaited. No sleeps; nothing else counts as "not yet".
 */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  options: { timeoutMs?: number; what?: string; intervalMs?: number } = {},
): Promise<T> {
  const { timeoutMs = 10_000, what = 'condition', intervalMs = 50 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
