import { Stack } from 'aws-cdk-lib';
import type * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import { acknowledge, REASONS } from '../nag.js';

/** The Scheduler group for one-time reminder schedules and the role they run as (it may only put events). */
export class Reminders extends Construct {
  readonly group: scheduler.ScheduleGroup;
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: { stage: string; bus: events.IEventBus }) {
    super(scope, id);
    this.group = new scheduler.ScheduleGroup(this, 'Group', { scheduleGroupName: remindersGroupName(props.stage) });
    this.role = new iam.Role(this, 'Role', {
      description: 'EventBridge Scheduler: deliver Lantern reminders to the bus',
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    });
    props.bus.grantPutEventsTo(this.role);
    acknowledge(this.role, 'HIPAA.Security-IAMNoInlinePolicy', REASONS.inlinePolicy);
  }
}

/** The stage's one schedule group of reminders (a plain name, so grants and findings can say it). */
export const remindersGroupName = (stage: string): string => `lantern-${stage}-reminders`;
