import { Duration, Stack } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface MonitoringProps {
  stage: string;
  opsEmail: string;
  key: kms.IKey;
  functions: { label: string; fn: lambda.IFunction }[];
  streamConsumers: { label: string; fn: lambda.IFunction }[];
  deadLetterQueues: { label: string; queue: sqs.IQueue }[];
  apiStage: apigw.HttpStage;
}

const FIVE_MINUTES = Duration.minutes(5);

/** Alarms to an encrypted SNS topic the ops email subscribes to, and one dashboard. */
export class Monitoring extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Alarms', {
      displayName: `Lantern ${props.stage} alarms`,
      masterKey: props.key,
      enforceSSL: true,
    });
    this.topic.addSubscription(new subscriptions.EmailSubscription(props.opsEmail));
    const action = new SnsAction(this.topic);
    // A function's alarms live in its own (nested) stack, beside it, to keep each stack small.
    const alarmScopes = new Map<Stack, Construct>();
    const scopeOf = (owner?: Construct): Construct => {
      const stack = owner ? Stack.of(owner) : Stack.of(this);
      if (stack === Stack.of(this)) return this;
      let scope = alarmScopes.get(stack);
      if (!scope) {
        scope = new Construct(stack, 'Alarms');
        alarmScopes.set(stack, scope);
      }
      return scope;
    };
    const alarm = (
      alarmId: string,
      metric: cloudwatch.IMetric,
      threshold: number,
      description: string,
      owner?: Construct,
    ) => {
      const created = new cloudwatch.Alarm(scopeOf(owner), alarmId, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.alarms.push(created);
      return created;
    };

    const dashboard = new cloudwatch.Dashboard(this, 'Dashboard', { dashboardName: `lantern-${props.stage}` });
    for (const { label, fn } of props.functions) {
      const errors = fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' });
      const throttles = fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' });
      alarm(`${label}Errors`, errors, 1, `${label} failed at least once in 5 minutes.`, fn);
      alarm(`${label}Throttles`, throttles, 1, `${label} was throttled in the last 5 minutes.`, fn);
      dashboard.addWidgets(
        new cloudwatch.GraphWidget({
          title: label,
          left: [fn.metricInvocations({ period: FIVE_MINUTES }), errors, throttles],
          right: [fn.metricDuration({ period: FIVE_MINUTES, statistic: 'p95' })],
          width: 8,
        }),
      );
    }
    for (const { label, fn } of props.streamConsumers) {
      const iteratorAge = fn.metric('IteratorAge', { period: FIVE_MINUTES, statistic: 'Maximum' });
      alarm(`${label}IteratorAge`, iteratorAge, 60_000, `${label} is more than a minute behind its table stream.`, fn);
      dashboard.addWidgets(
        new cloudwatch.GraphWidget({ title: `${label} iterator age (ms)`, left: [iteratorAge], width: 8 }),
      );
    }
    const serverErrors = props.apiStage.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' });
    const latency = props.apiStage.metricLatency({ period: FIVE_MINUTES, statistic: 'p99' });
    alarm('Api5xx', serverErrors, 5, 'The API answered 5xx at least 5 times in 5 minutes.');
    const latencyAlarm = new cloudwatch.Alarm(this, 'ApiLatency', {
      metric: latency,
      threshold: 3000,
      evaluationPeriods: 3,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: 'API p99 latency above 3 s for 15 minutes.',
    });
    latencyAlarm.addAlarmAction(action);
    this.alarms.push(latencyAlarm);
    dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'API',
        left: [props.apiStage.metricCount({ period: FIVE_MINUTES }), serverErrors],
        right: [latency],
        width: 12,
      }),
    );
    const depthMetrics: cloudwatch.IMetric[] = [];
    for (const { label, queue } of props.deadLetterQueues) {
      const depth = queue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' });
      alarm(
        `${label}Depth`,
        depth,
        1,
        `Dead-letter queue ${label} holds messages: inspect and redrive (docs/deploy.md).`,
        queue,
      );
      depthMetrics.push(depth);
    }
    dashboard.addWidgets(new cloudwatch.GraphWidget({ title: 'Dead-letter queues', left: depthMetrics, width: 12 }));
    const bounceRate = new cloudwatch.Metric({
      namespace: 'AWS/SES',
      metricName: 'Reputation.BounceRate',
      period: Duration.hours(1),
      statistic: 'Maximum',
    });
    const complaintRate = new cloudwatch.Metric({
      namespace: 'AWS/SES',
      metricName: 'Reputation.ComplaintRate',
      period: Duration.hours(1),
      statistic: 'Maximum',
    });
    alarm('SesBounceRate', bounceRate, 0.05, 'SES bounce rate reached 5% (AWS reviews accounts at 10%).');
    alarm('SesComplaintRate', complaintRate, 0.001, 'SES complaint rate reached 0.1% (AWS reviews accounts at 0.5%).');
    dashboard.addWidgets(
      new cloudwatch.GraphWidget({ title: 'SES reputation', left: [bounceRate, complaintRate], width: 12 }),
    );
  }
}
