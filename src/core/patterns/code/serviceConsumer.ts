import { inlineCode } from './inlineCode';

/**
 * An asynchronous microservice: takes events from its own queue and records each one
 * once in its own table (a conditional write makes redelivery harmless).
 */
export const serviceConsumerCode = inlineCode(
  'service-consumer',
  `
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, PutCommand } = require('@aws-sdk/lib-dynamodb');
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));

exports.handler = async (event) => {
  const batchItemFailures = [];
  for (const record of event.Records) {
    try {
      // Raw message delivery: the body is the event the publisher sent to the topic.
      const message = JSON.parse(record.body);
      await db.send(new PutCommand({
        TableName: process.env.TABLE_NAME,
        Item: { eventId: record.messageId, type: message.type || 'unknown', payload: message, service: process.env.SERVICE_NAME, receivedAt: new Date().toISOString() },
        ConditionExpression: 'attribute_not_exists(eventId)',
      }));
    } catch (error) {
      if (error.name === 'ConditionalCheckFailedException') continue; // already handled
      console.error('Failed', record.messageId, error);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
};
`,
);
