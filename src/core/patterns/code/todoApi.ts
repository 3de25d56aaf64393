import { inlineCode } from './inlineCode';

/** The to-do (or any per-user items) REST API: each Cognito user reads and writes only their own items. */
export const todoApiCode = inlineCode(
  'todo-api',
  `
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, QueryCommand, PutCommand, UpdateCommand, DeleteCommand } = require('@aws-sdk/lib-dynamodb');
const { randomUUID } = require('node:crypto');

// With DAX on, reads are served from the cache; the DAX client comes from the layer in
// DaxClientLayerArn. Without it (or without DAX) the function talks to DynamoDB.
function documentClient() {
  if (process.env.DAX_ENDPOINT) {
    try {
      const { DaxDocument } = require('@amazon-dax-client/lib-dax');
      return new DaxDocument({ endpoint: process.env.DAX_ENDPOINT, region: process.env.AWS_REGION });
    } catch {
      console.warn('DAX client layer missing; reading DynamoDB directly');
    }
  }
  return DynamoDBDocumentClient.from(new DynamoDBClient({}));
}
const db = documentClient();
const TableName = process.env.TABLE_NAME;
const reply = (statusCode, body) => ({
  statusCode,
  headers: { 'Content-Type': 'application/json' },
  body: body === undefined ? '' : JSON.stringify(body),
});

exports.handler = async (event) => {
  // The Cognito authorizer verified the token; its subject is the user.
  const userId = event.requestContext.authorizer.claims.sub;
  const itemId = event.pathParameters && event.pathParameters.id;
  const input = event.body ? JSON.parse(event.body) : {};
  if (event.httpMethod === 'GET') {
    const result = await db.send(new QueryCommand({ TableName, KeyConditionExpression: 'userId = :u', ExpressionAttributeValues: { ':u': userId } }));
    return reply(200, result.Items || []);
  }
  if (event.httpMethod === 'POST') {
    if (typeof input.title !== 'string' || !input.title.trim()) return reply(400, { message: 'title is required' });
    const item = { userId, itemId: randomUUID(), title: input.title.trim(), done: false, createdAt: new Date().toISOString() };
    await db.send(new PutCommand({ TableName, Item: item }));
    return reply(201, item);
  }
  if (event.httpMethod === 'PUT' && itemId) {
    const result = await db.send(new UpdateCommand({
      TableName, Key: { userId, itemId },
      UpdateExpression: 'SET done = :d', ConditionExpression: 'attribute_exists(itemId)',
      ExpressionAttributeValues: { ':d': input.done === true }, ReturnValues: 'ALL_NEW',
    })).catch((error) => (error.name === 'ConditionalCheckFailedException' ? undefined : Promise.reject(error)));
    return result ? reply(200, result.Attributes) : reply(404, { message: 'no such item' });
  }
  if (event.httpMethod === 'DELETE' && itemId) {
    await db.send(new DeleteCommand({ TableName, Key: { userId, itemId } }));
    return reply(204);
  }
  return reply(405, { message: 'method not allowed' });
};
`,
  ['@amazon-dax-client/lib-dax'],
);
