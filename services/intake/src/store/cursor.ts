import * as z from 'zod/mini';

/** A page cursor is the query's LastEvaluatedKey, opaque to clients (base64url JSON). */
const QueueKey = z.object({
  pk: z.string(),
  sk: z.string(),
  queueSk: z.string(),
  queuePk: z.optional(z.string()),
  statusPk: z.optional(z.string()),
});
export type QueueKey = z.infer<typeof QueueKey>;

export function encodeCursor(key: Record<string, unknown> | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;
}

/** `null` when the cursor is not one this service issued for the same listing. */
export function decodeCursor(cursor: string, partition: { queuePk?: string; statusPk?: string }): QueueKey | null {
  try {
    const parsed = QueueKey.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (!parsed.success) return null;
    const key = parsed.data;
    if (key.queuePk !== partition.queuePk || key.statusPk !== partition.statusPk) return null;
    return key;
  } catch {
    return null;
  }
}
