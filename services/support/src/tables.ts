import { defineTables, tableAccess } from '@lantern/runtime';

/**
 * The support table (single-table). Key and index names are written here and nowhere else:
 *   CLIENT#<id> / PROFILE                the client's consented channels and locale (projection)
 *   CLIENT#<id> / MATCH#<matchId>        who the client's peer is, confirmed or ended (projection)
 *   CLIENT#<id> / GOAL#|PLAN#|NOTE#|CONTACT#|CONCERN#<id>   the client's records, newest last
 *   CLIENT#<id> / RNOTE#<noteId>         a restricted (substance-use) note: its own prefix, never listed
 *   <recordId> / REF                     which client a goal, plan, note or concern belongs to
 *   AUDIT#<id> / ENTRY                   one audit entry; found per client and per actor (indexes)
 *   IDEMPOTENCY#<route>#<key>, OUTBOX#<eventId>, idempotency#<function>   runtime
 */
export const supportTables = defineTables({
  main: {
    partitionKey: { name: 'pk', type: 'S' },
    sortKey: { name: 'sk', type: 'S' },
    indexes: [
      {
        name: 'auditByClient',
        partitionKey: { name: 'auditClient', type: 'S' },
        sortKey: { name: 'auditAt', type: 'S' },
      },
      {
        name: 'auditByActor',
        partitionKey: { name: 'auditActor', type: 'S' },
        sortKey: { name: 'auditAt', type: 'S' },
      },
    ],
    ttlAttribute: 'expiresAt',
    stream: 'NEW_IMAGE',
  },
});

export const supportTable = (physicalName?: string) => tableAccess(supportTables, 'main', physicalName);
export type SupportTable = ReturnType<typeof supportTable>;
