import type { AuditEntry } from '@lantern/contracts';

/** What a record of the workspace is, in the audit trail. */
export type TargetKind = 'client' | 'goal' | 'plan' | 'note' | 'restricted_note' | 'contact' | 'concern' | 'audit';

export interface AuditActor {
  subject: string;
  username: string;
  roles: readonly string[];
}

/** Who could not be identified (no or a bad token): still recorded, as nobody. */
const NOBODY = { sub: 'anonymous', username: 'anonymous', roles: [] };

export function auditEntry(
  what: {
    actor: AuditActor | null;
    action: string;
    target: { kind: TargetKind; clientId?: string | undefined; id?: string | undefined };
    allowed: boolean;
    reason?: string | undefined;
    sourceIp?: string | undefined;
  },
  now: Date,
): AuditEntry {
  const { actor, target } = what;
  return {
    at: now.toISOString(),
    actor: actor ? { sub: actor.subject, username: actor.username, roles: [...actor.roles] } : NOBODY,
    action: what.action,
    target: {
      kind: target.kind,
      ...(target.clientId ? { clientId: target.clientId } : {}),
      ...(target.id ? { id: target.id } : {}),
    },
    allowed: what.allowed,
    ...(what.reason ? { reason: what.reason } : {}),
    ...(what.sourceIp ? { sourceIp: what.sourceIp } : {}),
  };
}
