import type { Concern } from '@lantern/contracts';
import { httpHandler } from '@lantern/runtime';
import { BusyRecordError, RecordNotFoundError, StaleVersionError } from '../domain/errors.js';
import { resolveConcern } from '../domain/records.js';
import { resolveConcernRoute } from '../routes/resolve-concern.js';
import { audit, records } from '../store/default-store.js';
import { allowed, auditRefusal, reachRecord } from './access.js';

/** POST /concerns/{concernId}/resolution (coordinator): resolved with a note; once only (409 after). */
export const handler = httpHandler(
  resolveConcernRoute,
  async ({ params, body, headers, caller, source }) => {
    const { clientId } = await reachRecord(caller, params.concernId, ['concern'], 'concern');
    const concern = await records.get<Concern>('concern', clientId, params.concernId);
    if (!concern) throw new RecordNotFoundError('concern');
    const expected = headers['if-match'];
    if (expected !== undefined && expected !== concern.version) throw new StaleVersionError(concern.version);
    const now = new Date();
    const resolved = resolveConcern(concern, body.note, { username: caller.username, now });
    const target = { kind: 'concern', clientId, id: concern.concernId } as const;
    const saved = await records.replace('concern', clientId, concern.concernId, resolved, concern.version, {
      now,
      alongside: [audit.transactItem(allowed(caller, source, 'concern.resolve', target, now))],
    });
    if (!saved) throw expected === undefined ? new BusyRecordError() : new StaleVersionError(concern.version + 1);
    return { status: 200, body: resolved, headers: { etag: `"${resolved.version}"` } };
  },
  { auditRefusal: auditRefusal('concern.resolve', 'concern') },
);
