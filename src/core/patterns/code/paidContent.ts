import { inlineCode } from './inlineCode';

/** Paid content: a premium member gets a CloudFront signed URL valid for five minutes. */
export const signedUrlCode = inlineCode(
  'signed-url',
  `
const { createSign } = require('node:crypto');
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, GetCommand } = require('@aws-sdk/lib-dynamodb');
const { SecretsManagerClient, GetSecretValueCommand } = require('@aws-sdk/client-secrets-manager');
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const secrets = new SecretsManagerClient({});
const VALID_SECONDS = 300;
let privateKey;

// CloudFront's URL-safe base64: + becomes -, = becomes _, / becomes ~.
const urlSafe = (buffer) => buffer.toString('base64').replace(/\\+/g, '-').replace(/=/g, '_').replace(/\\//g, '~');

function signUrl(url, expires) {
  const policy = JSON.stringify({ Statement: [{ Resource: url, Condition: { DateLessThan: { 'AWS:EpochTime': expires } } }] });
  const signature = createSign('RSA-SHA1').update(policy).sign(privateKey);
  return url + '?Expires=' + expires + '&Signature=' + urlSafe(signature) + '&Key-Pair-Id=' + process.env.KEY_PAIR_ID;
}

exports.handler = async (event) => {
  const userId = event.requestContext.authorizer.claims.sub;
  const key = event.pathParameters && event.pathParameters.key;
  if (!key || key.includes('..')) return { statusCode: 400, body: JSON.stringify({ message: 'content key required' }) };
  const { Item: user } = await db.send(new GetCommand({ TableName: process.env.USERS_TABLE, Key: { userId } }));
  if (!user || user.premium !== true) return { statusCode: 403, body: JSON.stringify({ message: 'premium membership required' }) };
  if (!privateKey) {
    const secret = await secrets.send(new GetSecretValueCommand({ SecretId: process.env.PRIVATE_KEY_SECRET_ARN }));
    privateKey = secret.SecretString;
  }
  const expires = Math.floor(Date.now() / 1000) + VALID_SECONDS;
  const url = signUrl('https://' + process.env.DISTRIBUTION_DOMAIN + '/premium/' + encodeURI(key), expires);
  return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ url, expires }) };
};
`,
);

/** Registration: a signed-in user gets a profile, free until they pay. */
export const registerUserCode = inlineCode(
  'register-user',
  `
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, PutCommand } = require('@aws-sdk/lib-dynamodb');
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));

exports.handler = async (event) => {
  const claims = event.requestContext.authorizer.claims;
  const profile = { userId: claims.sub, email: claims.email, premium: false, registeredAt: new Date().toISOString() };
  try {
    await db.send(new PutCommand({ TableName: process.env.USERS_TABLE, Item: profile, ConditionExpression: 'attribute_not_exists(userId)' }));
    return { statusCode: 201, body: JSON.stringify(profile) };
  } catch (error) {
    if (error.name === 'ConditionalCheckFailedException') return { statusCode: 409, body: JSON.stringify({ message: 'already registered' }) };
    throw error;
  }
};
`,
);
