import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { describe, expect, it, vi } from 'vitest';
import { MetricsWhenRecorded } from '../src/observability/metrics.js';

const quietLogger = () => ({ debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() });

describe('publishing metrics', () => {
  it('says nothing when an invocation recorded no metric', () => {
    const logger = quietLogger();
    const metrics = new MetricsWhenRecorded({ namespace: 'Test', serviceName: 'test', logger });

    metrics.publishStoredMetrics();
    metrics.publishStoredMetrics();

    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('still publishes what an invocation recorded', () => {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => lines.push(String(chunk)) > 0);
    const metrics = new MetricsWhenRecorded({ namespace: 'Test', serviceName: 'test', logger: quietLogger() });

    metrics.addMetric('RelayFailures', MetricUnit.Count, 2);
    metrics.publishStoredMetrics();
    spy.mockRestore();

    const published = lines
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(published.find((line) => 'RelayFailures' in line)?.RelayFailures).toBe(2);
  });
});
