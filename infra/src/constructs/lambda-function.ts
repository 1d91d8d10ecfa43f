import { type FunctionSpec, LAMBDA_BUNDLING } from '@lantern/runtime';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge, REASONS } from '../nag.js';

/** Node 24 LTS, the version the local cloud and CI run; bundles target node24. */
export const LAMBDA_RUNTIME = lambda.Runtime.NODEJS_24_X;

/** `LAMBDA_BUNDLING` (shared with the local cloud) in NodejsFunction's vocabulary. */
export function nodejsBundling(): BundlingOptions {
  if (LAMBDA_BUNDLING.platform !== 'node') throw new Error('NodejsFunction bundles for platform node only');
  return {
    format: LAMBDA_BUNDLING.format === 'esm' ? OutputFormat.ESM : OutputFormat.CJS,
    target: LAMBDA_BUNDLING.target,
    minify: LAMBDA_BUNDLING.minify,
    sourceMap: LAMBDA_BUNDLING.sourcemap,
    externalModules: [...LAMBDA_BUNDLING.external],
    mainFields: [...LAMBDA_BUNDLING.mainFields],
    banner: LAMBDA_BUNDLING.banner,
    forceDockerBundling: false,
  };
}

export interface ServiceFunctionProps {
  spec: FunctionSpec;
  environment: Record<string, string>;
  key: kms.IKey;
  logRetentionDays: number;
  production: boolean;
  /** Workspace root: holds pnpm-lock.yaml; every entry lies beneath it. */
  projectRoot: string;
  /** For functions invoked asynchronously (EventBridge): where events go after Lambda's retries fail. */
  asyncDeadLetterQueue?: sqs.IQueue;
}

/** IAM descriptions take Latin-1 only: typographic quotes become plain ones, anything else goes. */
const awsDescription = (text: string): string =>
  text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\t\n\r\x20-\x7E\xA1-\xFF]/g, '');

/**
 * One manifest function: its own role (nothing attached but what grants add), its own encrypted
 * log group with retention, active tracing, arm64.
 */
export class ServiceFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);
    const { spec } = props;
    const description = awsDescription(spec.description);
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: description.slice(0, 1000),
    });
    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetentionDays as logs.RetentionDays,
      encryptionKey: props.key,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.logGroup = logGroup;
    logGroup.grantWrite(this.role);
    this.fn = new NodejsFunction(this, 'Function', {
      entry: spec.entry,
      handler: 'handler',
      description: description.slice(0, 256),
      runtime: LAMBDA_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: spec.memoryMb ?? 512,
      timeout: Duration.seconds(spec.timeoutSeconds ?? 10),
      role: this.role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      tracing: lambda.Tracing.ACTIVE,
      environment: props.environment,
      projectRoot: props.projectRoot,
      depsLockFilePath: `${props.projectRoot}/pnpm-lock.yaml`,
      bundling: nodejsBundling(),
      ...(props.asyncDeadLetterQueue ? { deadLetterQueue: props.asyncDeadLetterQueue, retryAttempts: 2 } : {}),
    });
    acknowledge(this.fn, 'HIPAA.Security-LambdaInsideVPC', REASONS.lambdaVpc);
    acknowledge(this.fn, 'HIPAA.Security-LambdaConcurrency', REASONS.lambdaConcurrency);
    if (!props.asyncDeadLetterQueue) {
      acknowledge(
        this.fn,
        'HIPAA.Security-LambdaDLQ',
        spec.streamSource
          ? 'Invoked by a stream event source mapping, whose on-failure destination (an encrypted SQS queue) keeps failed records; a function DLQ applies only to asynchronous invocations.'
          : 'Invoked synchronously by the HTTP API, which returns the error to the caller; a function DLQ applies only to asynchronous invocations.',
      );
    }
  }
}
