/**
 * `pnpm redrive`: puts failed events back on their way, each once.
 *   pnpm redrive --local [http://localhost:3000]   the local cloud's dead letters and stream failures
 *   pnpm redrive --aws --stage prod                 a deployed stage's DLQs and stream on-failure queues
 * (AWS credentials and region as for the AWS CLI.) See docs/deploy.md, "Redriving failed events".
 */
import { redriveAws } from './redrive/aws.js';

const args = process.argv.slice(2);
const flagValue = (flag: string) => {
  const index = args.indexOf(flag);
  const value = index >= 0 ? args[index + 1] : undefined;
  return value && !value.startsWith('--') ? value : undefined;
};

if (args.includes('--aws')) {
  const stage = flagValue('--stage');
  if (!stage) {
    console.error('Say which stage: pnpm redrive --aws --stage prod');
    process.exit(2);
  }
  const reports = await redriveAws(stage, (line) => console.log(line));
  const failed = reports.reduce((sum, report) => sum + report.failed, 0);
  const redriven = reports.reduce((sum, report) => sum + report.redriven, 0);
  console.log(`${redriven} redriven from ${reports.length} queue(s); ${failed} could not be and stay on their queue.`);
  process.exit(failed > 0 ? 1 : 0);
} else {
  const api = flagValue('--local') ?? `http://localhost:${process.env.LANTERN_API_PORT ?? 3000}`;
  const response = await fetch(`${api}/_local/redrive`, { method: 'POST' }).catch(() => null);
  if (!response?.ok) {
    console.error(`No local cloud answered at ${api} (is \`pnpm dev\` running? pass its API URL after --local).`);
    process.exit(1);
  }
  const { deadLetters, streamFailures } = (await response.json()) as { deadLetters: number; streamFailures: number };
  console.log(`Redriven: ${deadLetters} dead-lettered event deliveries, ${streamFailures} stream batches.`);
}
