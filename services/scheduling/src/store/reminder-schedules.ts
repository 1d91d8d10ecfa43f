import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  type SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import type { ReminderSchedule } from '../domain/index.js';

export interface ReminderSchedulesDeps {
  scheduler: SchedulerClient;
  /** The service's schedule group, the bus the reminders go to, and the role Scheduler uses to reach it. */
  group: string;
  busArn: string;
  roleArn: string;
}

/** One-time EventBridge Scheduler schedules for reminders: fixed names per occurrence, so moves update in place. */
export function createReminderSchedules({ scheduler, group, busArn, roleArn }: ReminderSchedulesDeps) {
  const input = (schedule: ReminderSchedule) => ({
    Name: schedule.name,
    GroupName: group,
    ScheduleExpression: schedule.expression,
    ScheduleExpressionTimezone: 'UTC',
    FlexibleTimeWindow: { Mode: 'OFF' as const },
    ActionAfterCompletion: 'DELETE' as const,
    Target: {
      Arn: busArn,
      RoleArn: roleArn,
      Input: JSON.stringify(schedule.event.detail),
      EventBridgeParameters: { Source: schedule.event.source, DetailType: schedule.event.detailType },
    },
  });

  return {
    /** Creates the schedule, or moves it when it exists (a rescheduled session). */
    async upsert(schedule: ReminderSchedule): Promise<void> {
      try {
        await scheduler.send(new UpdateScheduleCommand(input(schedule)));
      } catch (error) {
        if (!(error instanceof ResourceNotFoundException)) throw error;
        try {
          await scheduler.send(new CreateScheduleCommand(input(schedule)));
        } catch (createError) {
          // Created meanwhile by a redelivered batch: make it this one.
          if (!(createError instanceof ConflictException)) throw createError;
          await scheduler.send(new UpdateScheduleCommand(input(schedule)));
        }
      }
    },

    /** Deletes by name; one already gone (fired, deleted, never made) is fine. */
    async remove(name: string): Promise<void> {
      try {
        await scheduler.send(new DeleteScheduleCommand({ Name: name, GroupName: group }));
      } catch (error) {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      }
    },
  };
}

export type ReminderSchedules = ReturnType<typeof createReminderSchedules>;
