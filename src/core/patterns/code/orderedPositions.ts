import { inlineCode } from './inlineCode';

/**
 * Ordered per truck: Kinesis (partition key = truck id) or SQS FIFO (message group =
 * truck id) deliver each truck's positions in order; the table keeps the latest one,
 * and a conditional write refuses to go back in time if a retry replays an old record.
 */
export const orderedPositionsCode = inlineCode(
  'ordered-positions',
  `
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, PutCommand } = require('@aws-sdk/lib-dynamodb');
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));

function decode(record) {
  if (record.kinesis) return { id: record.kinesis.sequenceNumber, body: Buffer.from(record.kinesis.data, 'base64').toString('utf8') };
  return { id: record.messageId, body: record.body };
}

exports.handler = async (event) => {
  for (const [index, record] of event.Records.entries()) {
    const { id, body } = decode(record);
    try {
      const position = JSON.parse(body);
      await db.send(new PutCommand({
        TableName: process.env.TABLE_NAME,
        Item: { truckId: position.truckId, lat: position.lat, lon: position.lon, at: position.at },
        ConditionExpression: 'attribute_not_exists(truckId) OR #at < :at',
        ExpressionAttributeNames: { '#at': 'at' },
        ExpressionAttributeValues: { ':at': position.at },
      }));
    } catch (error) {
      if (error.name === 'ConditionalCheckFailedException') continue; // an older position: keep the newer one
      console.error('Failed at', id, error);
      // Stop here: this record and every later one are retried, in order.
      return { batchItemFailures: event.Records.slice(index).map((r) => ({ itemIdentifier: decode(r).id })) };
    }
  }
  return { batchItemFailures: [] };
};
`,
);
