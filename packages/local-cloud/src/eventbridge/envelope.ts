import { randomUUID } from 'node:crypto';
import { ACCOUNT_ID, REGION } from '../names.js';

/** An event as EventBridge delivers it to targets. */
export interface BusEvent {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  /** ISO 8601 to the second, `2024-05-01T12:00:00Z`. */
  time: string;
  region: string;
  resources: string[];
  detail: unknown;
}

export interface PutEventsEntry {
  Source?: string;
  DetailType?: string;
  Detail?: string;
  EventBusName?: string;
  Resources?: string[];
  /** Epoch seconds on the wire (AWS JSON 1.1 timestamps). */
  Time?: number | string;
  TraceHeader?: string;
}

export type EntryResult = { EventId: string } | { ErrorCode: string; ErrorMessage: string };

const MAX_ENTRY_BYTES = 256 * 1024;

const isoSeconds = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

function timeOf(value: PutEventsEntry['Time']): Date | null {
  if (value === undefined) return new Date();
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Validates one entry as PutEvents does and builds its envelope, or says what is wrong. */
export function toBusEvent(entry: PutEventsEntry): BusEvent | { ErrorCode: string; ErrorMessage: string } {
  const invalid = (reason: string) => ({ ErrorCode: 'InvalidArgument', ErrorMessage: `Parameter ${reason}` });
  if (!entry.Source) return invalid('Source is not valid. Reason: Source is a required argument.');
  if (!entry.DetailType) return invalid('DetailType is not valid. Reason: DetailType is a required argument.');
  if (entry.Detail === undefined) return invalid('Detail is not valid. Reason: Detail is a required argument.');
  if (Buffer.byteLength(JSON.stringify(entry)) > MAX_ENTRY_BYTES) {
    return invalid('Entry is not valid. Reason: the entry exceeds 256 KB.');
  }
  let detail: unknown;
  try {
    detail = JSON.parse(entry.Detail);
  } catch {
    return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
  }
  if (detail === null || typeof detail !== 'object' || Array.isArray(detail)) {
    return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
  }
  const time = timeOf(entry.Time);
  if (!time) return invalid('Time is not valid.');
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': entry.DetailType,
    source: entry.Source,
    account: ACCOUNT_ID,
    time: isoSeconds(time),
    region: REGION,
    resources: entry.Resources ?? [],
    detail,
  };
}
