import { Metrics } from '@aws-lambda-powertools/metrics';

/**
 * Publishes only when a handler recorded something: most invocations add no metric, and the
 * stock class then logs "No application metrics to publish" on every one of them.
 */
export class MetricsWhenRecorded extends Metrics {
  override publishStoredMetrics(): this {
    if (this.hasStoredMetrics()) return super.publishStoredMetrics();
    this.clearDimensions();
    this.clearMetadata();
    return this;
  }
}

export const metrics = new MetricsWhenRecorded({ namespace: 'Lantern' });
