import { Duration, Stack } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { deadLetterQueue } from './dead-letter-queue.js';

/**
 * Lantern's custom bus, encrypted with the customer key, with an archive of every event for
 * replay and a dead-letter queue for events the bus itself cannot encrypt or decrypt.
 */
export class LanternEventBus extends Construct {
  readonly bus: events.EventBus;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: { stage: string; key: kms.IKey; archiveDays: number }) {
    super(scope, id);
    // SQS-managed encryption: this queue receives events that failed because of the customer key.
    this.deadLetterQueue = deadLetterQueue(
      this,
      'BusDlq',
      'sqs-managed',
      'events the bus could not encrypt or decrypt',
    );
    this.bus = new events.EventBus(this, 'Bus', {
      eventBusName: `lantern-${props.stage}`,
      deadLetterQueue: this.deadLetterQueue,
      description: 'Lantern domain events',
    });
    // Keys set on the L1s: the L2s' `kmsKey` writes a key-policy statement naming the bus ARN, a cycle
    // (key -> bus -> key). The key policy already lets EventBridge use the key in this account.
    (this.bus.node.defaultChild as events.CfnEventBus).kmsKeyIdentifier = props.key.keyArn;
    const archive = new events.Archive(this, 'Archive', {
      sourceEventBus: this.bus,
      description: 'Every event on the Lantern bus, for replay',
      eventPattern: { account: [Stack.of(this).account] },
      retention: Duration.days(props.archiveDays),
    });
    (archive.node.defaultChild as events.CfnArchive).kmsKeyIdentifier = props.key.keyArn;
  }
}
