/**
 * The one way Lantern's tests wait for something asynchronous (an event on the bus, an email, a
 * projection): poll `check` until it returns a value other than undefined, null or false, or fail
 * after `timeoutMs` naming `what` was awaited. No sleeps.
 */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  options: { timeoutMs?: number; what?: string; intervalMs?: number } = {},
): Promise<T> {
  const { timeoutMs = 10_000, what = 'condition', intervalMs = 50 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    // `false` and `null` mean "not yet" too, so a boolean check cannot pass by merely returning.
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
