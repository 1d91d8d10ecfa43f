import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as ses from 'aws-cdk-lib/aws-ses';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge, REASONS } from '../nag.js';
import { deadLetterQueue } from './dead-letter-queue.js';

/** SES event types that reach the Lantern bus (the notifications service keeps a suppression list). */
export const SES_FEEDBACK_DETAIL_TYPES = ['Email Bounced', 'Email Complaint Received', 'Email Rejected'] as const;

export interface EmailProps {
  stage: string;
  senderIdentity: string;
  bus: events.IEventBus;
  key: kms.IKey;
}

/**
 * The SES v2 identity and configuration set. SES sends events only to the account's default bus,
 * so a rule there forwards bounces and complaints to the Lantern bus.
 */
export class Email extends Construct {
  readonly identity: ses.EmailIdentity;
  readonly configurationSet: ses.ConfigurationSet;
  readonly configurationSetArn: string;
  readonly forwardingDlq: sqs.Queue;

  constructor(scope: Construct, id: string, props: EmailProps) {
    super(scope, id);
    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: `lantern-${props.stage}`,
      reputationMetrics: true,
      sendingEnabled: true,
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      tlsPolicy: ses.ConfigurationSetTlsPolicy.REQUIRE,
    });
    this.configurationSetArn = this.configurationSet.stack.formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
    const defaultBus = events.EventBus.fromEventBusName(this, 'DefaultBus', 'default');
    this.configurationSet.addEventDestination('ToEventBridge', {
      destination: ses.EventDestination.eventBus(defaultBus),
      events: [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT, ses.EmailSendingEvent.REJECT],
    });
    const identity = props.senderIdentity.includes('@')
      ? ses.Identity.email(props.senderIdentity)
      : ses.Identity.domain(props.senderIdentity);
    this.identity = new ses.EmailIdentity(this, 'Identity', { identity, configurationSet: this.configurationSet });

    this.forwardingDlq = deadLetterQueue(this, 'ForwardDlq', props.key, 'SES feedback not forwarded to the bus');
    const forward = new events.Rule(this, 'ForwardFeedback', {
      eventBus: defaultBus,
      description: 'SES bounces and complaints for Lantern, onto the Lantern bus',
      eventPattern: {
        source: ['aws.ses'],
        detailType: [...SES_FEEDBACK_DETAIL_TYPES],
        detail: { mail: { tags: { 'ses:configuration-set': [this.configurationSet.configurationSetName] } } },
      },
      targets: [new targets.EventBus(props.bus, { deadLetterQueue: this.forwardingDlq })],
    });
    acknowledge(forward, 'HIPAA.Security-IAMNoInlinePolicy', REASONS.inlinePolicy);
  }
}
