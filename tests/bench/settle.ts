/**
 * Waits until the local cloud is at rest: no new event on the bus and no new captured email for
 * `quietMs` (at most `limitMs`). A latency budget is a figure for one request as a person meets
 * it. On this 2-core machine the work a request sets off afterwards (streams, the bus, the emails;
 * other Lambda instances in AWS) shares the CPU with the next request, so a measured request
 * waits for the previous one's aftermath; bursts are reported beside, as bursts.
 */
export async function settle(api: string, quietMs = 1500, limitMs = 180_000): Promise<void> {
  const newest = async (path: string) => {
    const response = await fetch(`${api}${path}?limit=1`);
    const [item] = ((await response.json()) as { items?: { id?: string; messageId?: string }[] }).items ?? [];
    return item?.id ?? item?.messageId;
  };
  const activity = async () => `${await newest('/_local/events')}/${await newest('/_local/emails')}`;
  const deadline = performance.now() + limitMs;
  let last = await activity();
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const now = await activity();
    if (now === last) return;
    last = now;
  }
}
