import { defineTables, tableAccess } from '@lantern/runtime';

/**
 * The matching table (single-table). Key and index names are written here and nowhere else:
 *   PEER#<id> / PROFILE                 a peer (listPk PEERS, filterPk PEERS#<status>)
 *   PEER_EMAIL#<email> / PEER           the one peer record an email (a sign-in) links to
 *   CLIENT#<id> / WAITING               the waiting-client projection (listPk WAITING_RECORDS while waiting)
 *   CLIENT#<id> / CANDIDATE             its run candidate, one JSON string (listPk WAITING), while waiting
 *   CLIENT#<id> / SUGGESTIONS           suggestions computed ahead, with the stamps they hold for
 *   CLIENT#<id> / ACTIVE_MATCH          the client's one confirmed match (a lock)
 *   CLIENT#<id> / ENDED_WITH#<peerId>   a match the client ended: that pair is never suggested again
 *   MATCH#<id> / MATCH                  a match (listPk MATCHES, filterPk MATCHES#<status>, byClient, byPeer)
 *   RUN#<id> / RUN, RUN#<id> / PART#<n> a batch run and its proposal (compressed, in parts)
 *   ROSTER / STAMP#<nn>                 16 counters whose sum changes with every change of a suggestion
 *   ROSTER_COPY / PEERS                 the roster as suggestions and runs need it, packed, at a stamp
 *   OUTBOX#<eventId> / EVENT            events waiting for the relay (runtime)
 *   (idempotency records of the event consumers: runtime)
 */
export const matchingTables = defineTables({
  main: {
    partitionKey: { name: 'pk', type: 'S' },
    sortKey: { name: 'sk', type: 'S' },
    indexes: [
      // Every item of one kind: the roster, the waitlist, all matches, client-ended pairs.
      { name: 'byList', partitionKey: { name: 'listPk', type: 'S' }, sortKey: { name: 'listSk', type: 'S' } },
      // The same within one status: peers by status, matches by status.
      { name: 'byFilter', partitionKey: { name: 'filterPk', type: 'S' }, sortKey: { name: 'listSk', type: 'S' } },
      { name: 'byClient', partitionKey: { name: 'clientPk', type: 'S' }, sortKey: { name: 'listSk', type: 'S' } },
      { name: 'byPeer', partitionKey: { name: 'peerPk', type: 'S' }, sortKey: { name: 'listSk', type: 'S' } },
    ],
    ttlAttribute: 'expiresAt',
    stream: 'NEW_IMAGE',
  },
});

export const matchingTable = (physicalName?: string) => tableAccess(matchingTables, 'main', physicalName);
export type MatchingTable = ReturnType<typeof matchingTable>;
