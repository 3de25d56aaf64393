import { inlineCode } from './inlineCode';

/** Step 1: reject malformed orders before anyone is asked to approve them. */
export const validateOrderCode = inlineCode(
  'validate-order',
  `
exports.handler = async (order) => {
  const items = Array.isArray(order.items) ? order.items : [];
  if (!order.orderId || items.length === 0) {
    const error = new Error('An order needs an orderId and at least one item');
    error.name = 'InvalidOrder';
    throw error;
  }
  const total = items.reduce((sum, item) => sum + Number(item.price) * Number(item.quantity || 1), 0);
  return { ...order, total: Math.round(total * 100) / 100, needsApproval: total >= Number(process.env.APPROVAL_THRESHOLD) };
};
`,
);

/** Step 2: the workflow pauses on a task token until a person approves or rejects. */
export const requestApprovalCode = inlineCode(
  'request-approval',
  `
const { SNSClient, PublishCommand } = require('@aws-sdk/client-sns');
const sns = new SNSClient({});

exports.handler = async ({ token, order }) => {
  const quoted = JSON.stringify(token);
  await sns.send(new PublishCommand({
    TopicArn: process.env.APPROVAL_TOPIC_ARN,
    Subject: 'Approve order ' + order.orderId + ' (' + order.total + ')',
    Message: [
      'Order ' + order.orderId + ' totals ' + order.total + ' and needs approval.',
      '',
      'Approve: aws stepfunctions send-task-success --task-token ' + quoted + " --task-output '{\\"approved\\":true}'",
      'Reject:  aws stepfunctions send-task-success --task-token ' + quoted + " --task-output '{\\"approved\\":false}'",
    ].join('\\n'),
  }));
  return { requested: true };
};
`,
);

/** Step 3: record the approved order. */
export const fulfilOrderCode = inlineCode(
  'fulfil-order',
  `
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, PutCommand } = require('@aws-sdk/lib-dynamodb');
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));

exports.handler = async (order) => {
  const record = { orderId: order.orderId, total: order.total, items: order.items, status: 'FULFILLED', fulfilledAt: new Date().toISOString() };
  await db.send(new PutCommand({ TableName: process.env.ORDERS_TABLE, Item: record, ConditionExpression: 'attribute_not_exists(orderId)' }));
  return record;
};
`,
);
