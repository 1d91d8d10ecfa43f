import { actsAs, ClientId } from '@lantern/contracts';
import { type Caller, type Refusal, ValidationProblem } from '@lantern/runtime';
import { mayReachClient } from '../domain/access.js';
import { auditEntry, type TargetKind } from '../domain/audit.js';
import { NotThisPeersClientError, RecordNotFoundError } from '../domain/errors.js';
import { audit, projections, records } from '../store/default-store.js';
import type { RecordKind } from '../store/records-store.js';

const RECORD_ID = /^[a-z]{2}_[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * Audits a refused call (401 or 403: the role check, or the relationship check below) with what
 * it aimed at. A route that names a record, not a client, is traced to the record's client.
 */
export function auditRefusal(action: string, kind: TargetKind) {
  return async (refusal: Refusal): Promise<void> => {
    const params = refusal.pathParameters;
    const recordId = params.goalId ?? params.planId ?? params.noteId ?? params.concernId;
    const named = ClientId.safeParse(params.clientId);
    const clientId = named.success
      ? named.data
      : recordId && RECORD_ID.test(recordId)
        ? (await records.owner(recordId))?.clientId
        : undefined;
    await audit.record(
      auditEntry(
        {
          actor: refusal.caller,
          action,
          target: { kind, clientId, id: recordId && RECORD_ID.test(recordId) ? recordId : undefined },
          allowed: false,
          reason: refusal.reason,
          sourceIp: refusal.source.ip,
        },
        new Date(),
      ),
    );
  };
}

/** The relationship check: the client's peer now, or a coordinator. Returns the client's peers' accounts. */
export async function reachClient(caller: Caller, clientId: string): Promise<string[]> {
  const peers = await projections.peerAccounts(clientId);
  if (!mayReachClient(caller, peers)) throw new NotThisPeersClientError();
  return peers;
}

/**
 * The client a record belongs to, once the caller may reach it. A peer gets the same 403 whether
 * or not the record exists; a coordinator gets 404 for an unknown one.
 */
export async function reachRecord(
  caller: Caller,
  recordId: string,
  kinds: readonly RecordKind[],
  what: string,
): Promise<{ clientId: string; kind: RecordKind; peers: string[] }> {
  const owner = await records.owner(recordId);
  if (!owner || !kinds.includes(owner.kind)) {
    if (actsAs(caller.roles, 'coordinator')) throw new RecordNotFoundError(what);
    throw new NotThisPeersClientError();
  }
  return { ...owner, peers: await reachClient(caller, owner.clientId) };
}

/** The audit entry of an allowed read or change. */
export function allowed(
  caller: Caller,
  source: { ip: string | undefined },
  action: string,
  target: { kind: TargetKind; clientId: string; id?: string | undefined },
  now: Date,
  reason?: string,
) {
  return auditEntry({ actor: caller, action, target, allowed: true, reason, sourceIp: source.ip }, now);
}

export function pageOrBadCursor<T>(page: T | 'badCursor'): T {
  if (page === 'badCursor') {
    throw new ValidationProblem([{ path: 'cursor', message: 'This cursor is not from this listing, or has expired' }]);
  }
  return page;
}
