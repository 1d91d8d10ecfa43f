import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** Acknowledges one cdk-nag finding on one construct (and its children), with the reason. */
export function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}

/** `<LogicalId.Arn>` as cdk-nag prints a resource ARN inside a finding id. */
export function nagArn(resource: IConstruct): string {
  const cfn = resource.node.defaultChild as IConstruct & { logicalId: string };
  return `<${Stack.of(resource).resolve(cfn.logicalId)}.Arn>`;
}

export const REASONS = {
  lambdaVpc:
    'Lantern functions reach only AWS APIs (DynamoDB, EventBridge, SES, Scheduler) over TLS with IAM; there is nothing in a VPC to reach, and a VPC would add NAT or endpoints without reducing exposure.',
  lambdaConcurrency:
    'Load is bounded by API stage throttling, WAF rate rules and the account concurrency limit; reserving concurrency per function fails deploys in new accounts (unreserved concurrency must stay at 100 or more).',
  inlinePolicy:
    'This policy is generated from one function or service role’s own needs and attached to that role only; a managed policy would be reusable by other principals, which least privilege avoids.',
  xray: 'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions (AWS requires Resource *).',
} as const;
