import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const T = process.env.TABLE;
export const handler = async (e) => {
  await documents.send(
    new PutCommand({ TableName: T, Item: { pk: `CLIENT#${e.id}`, sk: 'PROFILE', name: e.name, status: 'new' } }),
  );
  await documents.send(new GetCommand({ TableName: T, Key: { pk: `CLIENT#${e.id}`, sk: 'PROFILE' } }));
  return documents.send(
    new QueryCommand({
      TableName: T,
      IndexName: 'byStatus',
      KeyConditionExpression: 'statusPk = :s',
      ExpressionAttributeValues: { ':s': 'STATUS#new' },
    }),
  );
};
