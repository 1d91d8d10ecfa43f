import * as z from 'zod/mini';

/**
 * Every Lantern event's `detail` is `{ meta, data }`. `meta.eventId` is minted when the domain
 * change is written (with the outbox item), so it survives a relay that publishes twice: consumers
 * use it, not EventBridge's own `id`, as their idempotency key.
 */
export const EventMeta = z.object({
  eventId: z.string().check(z.minLength(1)),
  version: z.int().check(z.positive()),
  occurredAt: z.string(),
});
export type EventMeta = z.infer<typeof EventMeta>;

export interface EventDefinition<TName extends string, TData extends z.ZodMiniType> {
  readonly source: string;
  readonly detailType: TName;
  readonly version: number;
  readonly data: TData;
  readonly description: string;
}

export function defineEvent<TName extends string, TData extends z.ZodMiniType>(
  definition: EventDefinition<TName, TData>,
): EventDefinition<TName, TData> {
  return definition;
}

export type EventData<TDef> = TDef extends EventDefinition<string, infer TData> ? z.infer<TData> : never;

export interface EventDetail<TData> {
  meta: EventMeta;
  data: TData;
}

/** What a producer hands to the outbox / `PutEvents`. */
export interface OutgoingEvent<TData = unknown> {
  source: string;
  detailType: string;
  detail: EventDetail<TData>;
}

/** The EventBridge envelope as a consumer receives it. */
export const EventBridgeEnvelope = z.object({
  id: z.string(),
  source: z.string(),
  'detail-type': z.string(),
  account: z.optional(z.string()),
  time: z.string(),
  region: z.optional(z.string()),
  resources: z.optional(z.array(z.string())),
  detail: z.unknown(),
});
export type EventBridgeEnvelope = z.infer<typeof EventBridgeEnvelope>;

export function buildEvent<TName extends string, TData extends z.ZodMiniType>(
  definition: EventDefinition<TName, TData>,
  data: z.input<TData>,
  meta: { eventId: string; occurredAt: string },
): OutgoingEvent<z.infer<TData>> {
  return {
    source: definition.source,
    detailType: definition.detailType,
    detail: { meta: { ...meta, version: definition.version }, data: definition.data.parse(data) },
  };
}

export class EventContractError extends Error {
  constructor(
    message: string,
    readonly issues: readonly z.core.$ZodIssue[] = [],
  ) {
    super(message);
    this.name = 'EventContractError';
  }
}

/** Parse a received envelope against a definition; throws EventContractError when it does not fit. */
export function parseEvent<TName extends string, TData extends z.ZodMiniType>(
  definition: EventDefinition<TName, TData>,
  envelope: unknown,
): { envelope: EventBridgeEnvelope; meta: EventMeta; data: z.infer<TData> } {
  const outer = EventBridgeEnvelope.safeParse(envelope);
  if (!outer.success) throw new EventContractError('Not an EventBridge event', outer.error.issues);
  const { source } = outer.data;
  const detailType = outer.data['detail-type'];
  if (source !== definition.source || detailType !== definition.detailType) {
    throw new EventContractError(`Expected ${definition.source}/${definition.detailType}, got ${source}/${detailType}`);
  }
  const detail = z.object({ meta: EventMeta, data: definition.data }).safeParse(outer.data.detail);
  if (!detail.success) throw new EventContractError(`Invalid ${detailType} detail`, detail.error.issues);
  if (detail.data.meta.version !== definition.version) {
    throw new EventContractError(`${detailType} version ${detail.data.meta.version} is not ${definition.version}`);
  }
  const { meta, data } = detail.data as { meta: EventMeta; data: z.infer<TData> };
  return { envelope: outer.data, meta, data };
}
