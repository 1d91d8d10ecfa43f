import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';

export const metrics = new Metrics({ namespace: 'Lantern' });
export const tracer = new Tracer();
