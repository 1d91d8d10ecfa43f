/**
 * Tables are declared once, in the service's `tables.ts` (referenced by its manifest). Key, index
 * and TTL attribute names are written there and nowhere else: stores reach them through
 * `tableAccess`, and the runtime's outbox and idempotency read them from the same spec.
 */
export type AttributeType = 'S' | 'N';

export interface KeySpec {
  name: string;
  type: AttributeType;
}

export interface IndexSpec {
  /** Global secondary index name, named after its access pattern (e.g. `byQueue`). */
  name: string;
  partitionKey: KeySpec;
  sortKey?: KeySpec;
}

export interface TableSpec {
  partitionKey: KeySpec;
  sortKey?: KeySpec;
  indexes?: readonly IndexSpec[];
  /** Attribute holding an epoch-seconds expiry (DynamoDB TTL). */
  ttlAttribute?: string;
  /** Streams feed the outbox relay; only tables that declare one get a stream, in AWS and locally. */
  stream?: 'NEW_IMAGE';
}

export type AnyTables = Readonly<Record<string, TableSpec>>;

export const defineTables = <const T extends AnyTables>(tables: T): T => tables;

/** The environment variable through which a function learns a granted table's physical name. */
export const tableEnvVar = (logicalName: string): string =>
  `LANTERN_TABLE_${logicalName.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}`;

type IndexName<S extends TableSpec> = NonNullable<S['indexes']>[number]['name'];

export interface IndexAccess {
  name: string;
  partitionKey: string;
  sortKey: string | undefined;
}

/** A table as a store sees it: its physical name and the attribute names of its keys. */
export interface TableAccess<S extends TableSpec = TableSpec> {
  readonly logicalName: string;
  readonly spec: S;
  /** Physical name: given, or read from the environment the manifest's grant injected. */
  readonly name: string;
  readonly partitionKey: S['partitionKey']['name'];
  readonly sortKey: S['sortKey'] extends KeySpec ? S['sortKey']['name'] : undefined;
  readonly ttlAttribute: S['ttlAttribute'];
  index(name: IndexName<S>): IndexAccess;
  /** The primary key of an item: `{pk: …, sk: …}` under this table's attribute names. */
  key(partition: string | number, sort?: string | number): Record<string, string | number>;
}

export class TableAccessError extends Error {
  override name = 'TableAccessError';
}

export function tableAccess<T extends AnyTables, K extends keyof T & string>(
  tables: T,
  logicalName: K,
  physicalName?: string,
): TableAccess<T[K]> {
  const spec = tables[logicalName];
  if (!spec) throw new TableAccessError(`No table ${logicalName}`);
  const variable = tableEnvVar(logicalName);
  const sortKey = spec.sortKey?.name;
  return {
    logicalName,
    spec,
    get name() {
      const name = physicalName ?? process.env[variable];
      if (!name) throw new TableAccessError(`${variable} is not set: does the manifest grant table ${logicalName}?`);
      return name;
    },
    partitionKey: spec.partitionKey.name,
    sortKey: sortKey as TableAccess<T[K]>['sortKey'],
    ttlAttribute: spec.ttlAttribute,
    index(name) {
      const index = spec.indexes?.find((candidate) => candidate.name === name);
      if (!index) throw new TableAccessError(`Table ${logicalName} has no index ${name}`);
      return { name: index.name, partitionKey: index.partitionKey.name, sortKey: index.sortKey?.name };
    },
    key(partition, sort) {
      if ((sort === undefined) !== (sortKey === undefined)) {
        throw new TableAccessError(`Table ${logicalName} ${sortKey ? 'needs' : 'has no'} a sort key`);
      }
      return { [spec.partitionKey.name]: partition, ...(sortKey ? { [sortKey]: sort as string | number } : {}) };
    },
  };
}
