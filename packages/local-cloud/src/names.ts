/** Physical names of the emulated resources, shaped like the CDK app's. */
export const ACCOUNT_ID = '000000000000';
export const REGION = 'us-east-1';
export const BUS_NAME = 'lantern';

export const tableName = (service: string, table: string): string => `lantern-${service}-${table}`;
export const functionName = (service: string, fn: string): string => `lantern-${service}-${fn}`;
export const ruleName = (service: string, subscription: string): string => `lantern-${service}-${subscription}`;

export const busArn = (bus: string): string => `arn:aws:events:${REGION}:${ACCOUNT_ID}:event-bus/${bus}`;
export const ruleArn = (bus: string, rule: string): string =>
  `arn:aws:events:${REGION}:${ACCOUNT_ID}:rule/${bus}/${rule}`;
export const functionArn = (name: string): string => `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function:${name}`;

/** The schedule group of the scheduling service's reminders (the CDK app makes one per stage). */
export const SCHEDULE_GROUP_NAME = 'lantern-scheduling';
