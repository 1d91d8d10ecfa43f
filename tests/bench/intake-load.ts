import { EXAMPLE_INTAKE } from '@lantern/contracts';

export interface LoadResult {
  /** Addresses whose intake got a 201. */
  acknowledged: string[];
  /** Request latencies of the 201s, in milliseconds. */
  latenciesMs: number[];
  failures: number;
  elapsedMs: number;
}

/** POSTs `total` intakes keeping `concurrency` in flight; `onAck` may stop the burst early (a kill). */
export async function sendIntakes(
  api: string,
  options: { total: number; concurrency: number; tag: string; onAck?: (acknowledged: number) => boolean },
): Promise<LoadResult> {
  const result: LoadResult = { acknowledged: [], latenciesMs: [], failures: 0, elapsedMs: 0 };
  let sent = 0;
  let stopped = false;
  const started = performance.now();
  const worker = async () => {
    while (!stopped && sent < options.total) {
      const email = `${options.tag}-${sent++}@example.net`;
      const begun = performance.now();
      try {
        const response = await fetch(`${api}/intakes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...EXAMPLE_INTAKE, email }),
        });
        await response.arrayBuffer();
        if (response.status !== 201) {
          result.failures += 1;
          continue;
        }
        result.acknowledged.push(email);
        result.latenciesMs.push(performance.now() - begun);
        if (options.onAck?.(result.acknowledged.length) === false) stopped = true;
      } catch {
        result.failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  result.elapsedMs = performance.now() - started;
  return result;
}

/** How many emails each address received, from the local SES capture. */
export async function emailCounts(api: string): Promise<Map<string, number>> {
  const { items } = (await (await fetch(`${api}/_local/emails`)).json()) as { items: { to: string[] }[] };
  const counts = new Map<string, number>();
  for (const email of items) for (const to of email.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
}
