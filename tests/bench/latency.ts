import { EXAMPLE_INTAKE } from '@lantern/contracts';
import { summarise } from './stats.js';

interface CapturedEmail {
  to: string[];
}

/**
 * Intake submitted → confirmation email captured, measured as a client would see it: from the
 * moment POST /intakes is sent until the email shows in the local SES capture. Intakes go one at
 * a time so each measures the pipeline, not a queue behind other intakes.
 */
export async function measureIntakeToEmail(apiUrl: string, count: number, onProgress?: (done: number) => void) {
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const email = `bench-${Date.now()}-${i}@example.net`;
    const started = performance.now();
    const response = await fetch(`${apiUrl}/intakes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...EXAMPLE_INTAKE, email }),
    });
    if (response.status !== 201) throw new Error(`POST /intakes answered ${response.status}`);
    for (;;) {
      const emails = (await (await fetch(`${apiUrl}/_local/emails`)).json()) as { items: CapturedEmail[] };
      if (emails.items.some((captured) => captured.to.some((to) => to.includes(email)))) break;
      if (performance.now() - started > 15_000) throw new Error(`No email for intake ${i} after 15 s`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    samples.push(performance.now() - started);
    onProgress?.(i + 1);
  }
  return summarise(samples);
}
