import { Duration, Validations } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/** An encrypted queue that holds what could not be delivered, for 14 days, to inspect and redrive. */
export function deadLetterQueue(scope: Construct, id: string, key: kms.IKey | 'sqs-managed', holds: string): sqs.Queue {
  const queue = new sqs.Queue(scope, id, {
    ...(key === 'sqs-managed'
      ? { encryption: sqs.QueueEncryption.SQS_MANAGED }
      : { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: key }),
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: `This queue is itself a dead-letter queue (${holds}); a queue behind it would only move the problem.`,
  });
  return queue;
}
