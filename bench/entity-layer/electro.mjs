import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Entity } from 'electrodb';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const Client = new Entity(
  {
    model: { entity: 'client', version: '1', service: 'intake' },
    attributes: { clientId: { type: 'string', required: true }, name: { type: 'string' }, status: { type: 'string' } },
    indexes: {
      record: { pk: { field: 'pk', composite: ['clientId'] }, sk: { field: 'sk', composite: [] } },
      byStatus: {
        index: 'byStatus',
        pk: { field: 'statusPk', composite: ['status'] },
        sk: { field: 'statusSk', composite: ['clientId'] },
      },
    },
  },
  { client, table: process.env.TABLE },
);
export const handler = async (e) => {
  await Client.put({ clientId: e.id, name: e.name, status: 'new' }).go();
  await Client.get({ clientId: e.id }).go();
  return Client.query.byStatus({ status: 'new' }).go();
};
