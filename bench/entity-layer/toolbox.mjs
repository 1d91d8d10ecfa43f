import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Entity, GetItemCommand, item, PutItemCommand, QueryCommand, string, Table } from 'dynamodb-toolbox';

const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const table = new Table({
  name: process.env.TABLE,
  partitionKey: { name: 'pk', type: 'string' },
  sortKey: { name: 'sk', type: 'string' },
  indexes: { byStatus: { type: 'global', partitionKey: { name: 'statusPk', type: 'string' } } },
  documentClient,
});
const Client = new Entity({
  name: 'client',
  table,
  schema: item({ clientId: string().key(), name: string(), status: string(), statusPk: string() }),
  computeKey: ({ clientId }) => ({ pk: `CLIENT#${clientId}`, sk: 'PROFILE' }),
});
export const handler = async (e) => {
  await Client.build(PutItemCommand)
    .item({ clientId: e.id, name: e.name, status: 'new', statusPk: 'STATUS#new' })
    .send();
  await Client.build(GetItemCommand).key({ clientId: e.id }).send();
  return table.build(QueryCommand).query({ index: 'byStatus', partition: 'STATUS#new' }).send();
};
