import type { _Record, AttributeValue } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';

type WireAttribute = Record<string, unknown>;

/** Back to the wire shape Lambda passes on: binary values as base64 strings. */
function toWire(value: AttributeValue): WireAttribute {
  if (value.B !== undefined) return { B: Buffer.from(value.B).toString('base64') };
  if (value.BS !== undefined) return { BS: value.BS.map((b) => Buffer.from(b).toString('base64')) };
  if (value.M !== undefined) return { M: toWireMap(value.M) };
  if (value.L !== undefined) return { L: value.L.map(toWire) };
  return Object.fromEntries(Object.entries(value).filter(([key, v]) => key !== '$unknown' && v !== undefined));
}

const toWireMap = (map: Record<string, AttributeValue> | undefined) =>
  map ? Object.fromEntries(Object.entries(map).map(([key, value]) => [key, toWire(value)])) : undefined;

/** A stream record as the Lambda event source mapping hands it to a function. */
export function toLambdaRecord(record: _Record, streamArn: string): DynamoDBRecord {
  const stream = record.dynamodb ?? {};
  const created = stream.ApproximateCreationDateTime;
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: record.awsRegion,
    dynamodb: {
      ApproximateCreationDateTime: created ? Math.floor(new Date(created).getTime() / 1000) : undefined,
      Keys: toWireMap(stream.Keys),
      NewImage: toWireMap(stream.NewImage),
      OldImage: toWireMap(stream.OldImage),
      SequenceNumber: stream.SequenceNumber,
      SizeBytes: stream.SizeBytes,
      StreamViewType: stream.StreamViewType,
    } as DynamoDBRecord['dynamodb'],
    eventSourceARN: streamArn,
  };
}

/** Lambda event filtering `{dynamodb: {NewImage: {pk: {S: [{prefix}]}}}}`, which the manifest's prefix stands for. */
export function passesFilter(record: _Record, partitionKeyPrefix: string): boolean {
  const pk = record.dynamodb?.NewImage?.pk?.S;
  return typeof pk === 'string' && pk.startsWith(partitionKeyPrefix);
}
