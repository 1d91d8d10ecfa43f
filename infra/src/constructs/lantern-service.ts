import type { RouteDefinition } from '@lantern/contracts';
import {
  type FunctionSpec,
  functionEnvironment,
  type ResolvedResources,
  type ServiceManifest,
  type TableSpec,
} from '@lantern/runtime';
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge, nagArn, REASONS } from '../nag.js';
import { deadLetterQueue } from './dead-letter-queue.js';
import { ServiceFunction } from './lambda-function.js';
import { type GrantTargets, grantPermission } from './permissions.js';

export interface LanternServiceProps {
  manifest: ServiceManifest;
  key: kms.IKey;
  grantTargets: Omit<GrantTargets, 'tables'>;
  /** Deploy-time values for manifest `environment` keys (see docs/deploy.md). */
  functionConfig: Record<string, string>;
  /** Names of the shared resources that permissions inject into functions. */
  resources: Omit<ResolvedResources, 'tableNames' | 'busName' | 'config'>;
  production: boolean;
  logRetentionDays: number;
  projectRoot: string;
}

export interface DeployedFunction {
  service: string;
  name: string;
  spec: FunctionSpec;
  fn: lambda.Function;
  logGroup: logs.ILogGroup;
  /** Where asynchronous invocations (subscriptions) go after Lambda's retries. */
  asyncDeadLetterQueue?: sqs.Queue;
  /** Where stream records go that the function could not process. */
  streamFailureQueue?: sqs.Queue;
}

export interface DeployedRoute {
  route: RouteDefinition;
  fn: lambda.Function;
}

/**
 * Everything one manifest declares: tables, functions with their grants, the outbox relay's
 * stream mapping and one EventBridge rule per subscription (each target with its own DLQ).
 */
export class LanternService extends Construct {
  readonly tables: Record<string, dynamodb.Table> = {};
  readonly functions: DeployedFunction[] = [];
  readonly routes: DeployedRoute[] = [];
  /** Dead-letter queues (subscription targets and stream failures), for alarms. */
  readonly deadLetterQueues: sqs.Queue[] = [];
  /** Functions fed by a table stream, for the iterator-age alarm. */
  readonly streamConsumers: lambda.Function[] = [];
  readonly manifest: ServiceManifest;
  private readonly grantTargets: Omit<GrantTargets, 'tables'>;

  constructor(scope: Construct, id: string, props: LanternServiceProps) {
    super(scope, id);
    const { manifest } = props;
    this.manifest = manifest;
    this.grantTargets = props.grantTargets;
    for (const [name, spec] of Object.entries(manifest.tables)) {
      this.tables[name] = this.table(name, spec, props);
    }
    const tableNames = Object.fromEntries(Object.entries(this.tables).map(([name, table]) => [name, table.tableName]));
    const grantTargets: GrantTargets = { ...props.grantTargets, tables: this.tables };

    for (const [name, spec] of Object.entries(manifest.functions)) {
      const environment = functionEnvironment(manifest, spec, {
        ...props.resources,
        tableNames,
        busName: props.grantTargets.bus.eventBusName,
        config: props.functionConfig,
      });
      const asyncDlq = spec.subscriptions?.length
        ? deadLetterQueue(this, `${name}AsyncDlq`, props.key, `events ${name} failed to process after retries`)
        : undefined;
      if (asyncDlq) this.deadLetterQueues.push(asyncDlq);
      const serviceFunction = new ServiceFunction(this, name, {
        ...(asyncDlq ? { asyncDeadLetterQueue: asyncDlq } : {}),
        spec,
        environment,
        key: props.key,
        logRetentionDays: props.logRetentionDays,
        production: props.production,
        projectRoot: props.projectRoot,
      });
      const { fn } = serviceFunction;
      for (const permission of spec.permissions) grantPermission(fn, permission, manifest, grantTargets);
      // Lambda writes failed asynchronous events with the function's role: it must encrypt with the key.
      asyncDlq?.grantSendMessages(fn);
      const deployed: DeployedFunction = { service: manifest.name, name, spec, fn, logGroup: serviceFunction.logGroup };
      if (asyncDlq) deployed.asyncDeadLetterQueue = asyncDlq;
      this.functions.push(deployed);
      for (const route of spec.routes ?? []) this.routes.push({ route, fn });
      if (spec.streamSource) deployed.streamFailureQueue = this.streamSource(name, spec, fn, props);
      this.acknowledgeGrants(serviceFunction, spec);
      for (const subscription of spec.subscriptions ?? []) {
        const dlq = deadLetterQueue(this, `${name}${subscription.name}Dlq`, props.key, `rule ${subscription.name}`);
        this.deadLetterQueues.push(dlq);
        const rule = new events.Rule(this, `${name}${subscription.name}Rule`, {
          eventBus: props.grantTargets.bus,
          description: `${manifest.name}.${name}: ${subscription.name}`,
          eventPattern: subscription.pattern as events.EventPattern,
          targets: [
            new targets.LambdaFunction(fn, {
              deadLetterQueue: dlq,
              retryAttempts: 8,
              maxEventAge: Duration.hours(6),
            }),
          ],
        });
        // The manifest pattern verbatim: the L2 would re-case keys such as `detail-type`.
        (rule.node.defaultChild as events.CfnRule).eventPattern = subscription.pattern;
      }
    }
  }

  /** The wildcards CDK's grants write into this function's policy, each with why it is needed. */
  private acknowledgeGrants(serviceFunction: ServiceFunction, spec: FunctionSpec): void {
    const { role } = serviceFunction;
    acknowledge(role, 'HIPAA.Security-IAMNoInlinePolicy', REASONS.inlinePolicy);
    const anyResource: string[] = [REASONS.xray];
    if (spec.streamSource)
      anyResource.push('dynamodb:ListStreams (used by the stream mapping) has no resource-level permissions.');
    acknowledge(role, 'AwsSolutions-IAM5[Resource::*]', anyResource.join(' '));
    const encrypts =
      spec.permissions.some((p) => p.kind === 'table' && p.access === 'readWrite') ||
      spec.streamSource !== undefined ||
      (spec.subscriptions?.length ?? 0) > 0;
    if (encrypts) {
      const reason =
        'CDK grant for writing data encrypted with the Lantern customer key (table items or dead-letter messages); limited to that one key ARN.';
      acknowledge(role, 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]', reason);
      acknowledge(role, 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', reason);
    }
    if (spec.permissions.some((p) => p.kind === 'manageSchedules')) {
      // The group's grant covers its schedules (`schedule/<group>/*`); the group is the service's only.
      const { groupName } = this.grantTargets.schedules;
      acknowledge(
        role,
        `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:${Stack.of(this).region}:<AWS::AccountId>:schedule/${groupName}/*]`,
        'Reminder schedules are created per session at run time, so their names cannot be listed; the grant is limited to the one schedule group of reminders.',
      );
    }
    for (const permission of spec.permissions) {
      if (permission.kind !== 'table') continue;
      const table = this.tables[permission.table];
      if (!table || !(this.manifest.tables[permission.table]?.indexes?.length ?? 0)) continue;
      acknowledge(
        role,
        `AwsSolutions-IAM5[Resource::${nagArn(table)}/index/*]`,
        `The manifest grants table ${permission.table} with its global secondary indexes, all declared in the same manifest; CDK's table grant covers them as index/*.`,
      );
    }
  }

  private table(name: string, spec: TableSpec, props: LanternServiceProps): dynamodb.Table {
    const table = new dynamodb.Table(this, `${name}Table`, {
      partitionKey: { name: spec.partitionKey.name, type: attributeType(spec.partitionKey.type) },
      ...(spec.sortKey ? { sortKey: { name: spec.sortKey.name, type: attributeType(spec.sortKey.type) } } : {}),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: props.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // Only tables whose manifest asks for a stream get one (the outbox relay reads it).
      ...(spec.stream ? { stream: dynamodb.StreamViewType.NEW_IMAGE } : {}),
      ...(spec.ttlAttribute ? { timeToLiveAttribute: spec.ttlAttribute } : {}),
      deletionProtection: props.production,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    acknowledge(
      table,
      'HIPAA.Security-DynamoDBInBackupPlan',
      'Point-in-time recovery (35 days, continuous) is the backup; restore steps are in docs/deploy.md. Add the table to an AWS Backup plan for longer retention.',
    );
    for (const index of spec.indexes ?? []) {
      table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey.name, type: attributeType(index.partitionKey.type) },
        ...(index.sortKey ? { sortKey: { name: index.sortKey.name, type: attributeType(index.sortKey.type) } } : {}),
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
    return table;
  }

  private streamSource(name: string, spec: FunctionSpec, fn: lambda.Function, props: LanternServiceProps): sqs.Queue {
    const source = spec.streamSource!;
    const table = this.tables[source.table];
    if (!table) throw new Error(`${props.manifest.name}.${name}: no table ${source.table}`);
    const failures = deadLetterQueue(this, `${name}StreamFailures`, props.key, `records ${name} could not publish`);
    this.deadLetterQueues.push(failures);
    this.streamConsumers.push(fn);
    fn.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: source.batchSize,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: 10,
        maxRecordAge: Duration.hours(24),
        onFailure: new SqsDlq(failures),
        filters: [
          lambda.FilterCriteria.filter({
            dynamodb: {
              NewImage: {
                [this.manifest.tables[source.table]!.partitionKey.name]: {
                  S: lambda.FilterRule.beginsWith(source.partitionKeyPrefix),
                },
              },
            },
          }),
        ],
      }),
    );
    return failures;
  }
}

function attributeType(type: 'S' | 'N'): dynamodb.AttributeType {
  return type === 'S' ? dynamodb.AttributeType.STRING : dynamodb.AttributeType.NUMBER;
}
