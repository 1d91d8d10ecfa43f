import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { render } from '../templates/index.js';

const ses = new SESv2Client({});
const db = new DynamoDBClient({});
export const handler = async (event: { variables: never }) => {
  await db.send(new GetItemCommand({ TableName: 't', Key: {} }));
  const m = render('session-booked-client', 'fr', event.variables);
  await ses.send(
    new SendEmailCommand({ Content: { Simple: { Subject: { Data: m.subject }, Body: { Text: { Data: m.text } } } } }),
  );
};
