import type { OfficeHours } from '@lantern/scheduling-engine';

/** The organisation's office hours (deploy-time `OFFICE_HOURS`, JSON), read once at cold start. */
export const officeHours: OfficeHours | undefined = process.env.OFFICE_HOURS
  ? (JSON.parse(process.env.OFFICE_HOURS) as OfficeHours)
  : undefined;
