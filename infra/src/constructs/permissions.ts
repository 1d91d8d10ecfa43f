import type { Permission, ServiceManifest } from '@lantern/runtime';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type * as ses from 'aws-cdk-lib/aws-ses';

/** The shared resources a manifest permission can name. */
export interface GrantTargets {
  tables: Record<string, dynamodb.Table>;
  bus: events.IEventBus;
  email: { identity: ses.IEmailIdentity; configurationSetArn: string };
  schedules: { group: scheduler.IScheduleGroup; role: iam.IRole; groupName: string };
  /** AWS End User Messaging SMS: the origination identity (phone number or pool ARN) texts come from. */
  sms: { originationIdentityArn: string };
  /** The key ring signing links and cursors; functions receive it through a dynamic reference. */
  linkKeys: { secretArn: string };
}

/**
 * Turns one manifest permission into grants, nothing wider. Publishing is limited to the
 * service's own `source` with an `events:source` condition, so a relay cannot speak for another
 * service.
 */
export function grantPermission(
  grantee: iam.IGrantable,
  permission: Permission,
  manifest: ServiceManifest,
  targets: GrantTargets,
): void {
  switch (permission.kind) {
    case 'table': {
      const table = targets.tables[permission.table];
      if (!table) throw new Error(`${manifest.name}: no table ${permission.table}`);
      if (permission.access === 'read') table.grantReadData(grantee);
      else table.grantReadWriteData(grantee);
      return;
    }
    case 'publishEvents':
      iam.Grant.addToPrincipal({
        grantee,
        actions: ['events:PutEvents'],
        resourceArns: [targets.bus.eventBusArn],
        conditions: { StringEquals: { 'events:source': manifest.eventSource } },
      });
      return;
    case 'sendEmail':
      // SES v2 authorizes SendEmail against the identity and the configuration set it names.
      targets.email.identity.grantSendEmail(grantee);
      iam.Grant.addToPrincipal({
        grantee,
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resourceArns: [targets.email.configurationSetArn],
      });
      return;
    case 'manageSchedules':
      targets.schedules.group.grantWriteSchedules(grantee);
      targets.schedules.group.grantDeleteSchedules(grantee);
      targets.schedules.role.grantPassRole(grantee.grantPrincipal);
      return;
    case 'sendText':
      iam.Grant.addToPrincipal({
        grantee,
        actions: ['sms-voice:SendTextMessage'],
        resourceArns: [targets.sms.originationIdentityArn],
      });
      return;
    case 'signLinks':
      // The key ring reaches the function as a CloudFormation dynamic reference resolved at deploy
      // time (ADR 0005); the function itself never calls Secrets Manager.
      return;
    default: {
      const unknown: never = permission;
      throw new Error(`${manifest.name}: unknown permission ${JSON.stringify(unknown)}`);
    }
  }
}
