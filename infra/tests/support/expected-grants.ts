import type { DeployedFunction } from '../../src/constructs/lantern-service.js';
import type { LanternStack } from '../../src/stacks/lantern-stack.js';
import { label } from './synth.js';

/**
 * What each manifest permission (and the plumbing every function needs) allows, action by action.
 * The test compares a function's policy with this list exactly: nothing missing, nothing extra.
 */
const TABLE_READ = [
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:GetItem',
  'dynamodb:Scan',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DescribeTable',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
];
const TABLE_WRITE = ['dynamodb:BatchWriteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'];
const KMS_DECRYPT = ['kms:Decrypt', 'kms:DescribeKey'];
const KMS_ENCRYPT = ['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];
const QUEUE_SEND = ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'];

export function expectedGrants(stack: LanternStack, deployed: DeployedFunction): Set<string> {
  const service = stack.services.find((candidate) => candidate.functions.includes(deployed));
  if (!service) throw new Error(`no service for ${deployed.name}`);
  const at = (token: string) => label(stack, token);
  const key = at(stack.key.keyArn);
  const grants = new Set<string>();
  const allow = (actions: string[], resource: string) => {
    for (const action of actions) grants.add(`${action} ${resource}`);
  };

  allow(['logs:CreateLogStream', 'logs:PutLogEvents'], at(deployed.logGroup.logGroupArn));
  allow(['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], '*');
  for (const permission of deployed.spec.permissions) {
    switch (permission.kind) {
      case 'table': {
        const table = service.tables[permission.table]!;
        const targets = [at(table.tableArn)];
        if (service.manifest.tables[permission.table]?.indexes?.length) targets.push(`${at(table.tableArn)}/index/*`);
        const actions = permission.access === 'read' ? TABLE_READ : [...TABLE_READ, ...TABLE_WRITE];
        for (const target of targets) allow(actions, target);
        allow(permission.access === 'read' ? KMS_DECRYPT : [...KMS_DECRYPT, ...KMS_ENCRYPT], key);
        break;
      }
      case 'publishEvents':
        allow(['events:PutEvents'], at(stack.eventBus.bus.eventBusArn));
        break;
      case 'sendEmail':
        allow(['ses:SendEmail', 'ses:SendRawEmail'], at(stack.email.identity.emailIdentityArn));
        allow(['ses:SendEmail', 'ses:SendRawEmail'], at(stack.email.configurationSetArn));
        break;
      case 'sendText':
        allow(['sms-voice:SendTextMessage'], at(stack.smsOriginationIdentityArn));
        break;
      case 'manageSchedules':
        allow(
          ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule'],
          `arn:\${AWS::Partition}:scheduler:${stack.region}:\${AWS::AccountId}:schedule/${stack.reminders.group.scheduleGroupName}/*`,
        );
        allow(['iam:PassRole'], at(stack.reminders.role.roleArn));
        break;
    }
  }
  if (deployed.spec.streamSource) {
    const table = service.tables[deployed.spec.streamSource.table]!;
    allow(['dynamodb:ListStreams'], '*');
    allow(['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'], at(table.tableStreamArn!));
    allow(KMS_DECRYPT, key);
  }
  for (const queue of [deployed.asyncDeadLetterQueue, deployed.streamFailureQueue]) {
    if (!queue) continue;
    allow(QUEUE_SEND, at(queue.queueArn));
    allow(KMS_ENCRYPT, key);
  }
  return grants;
}
