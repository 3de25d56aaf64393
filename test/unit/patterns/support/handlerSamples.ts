/**
 * Sample events for each inline handler, as the AWS service would deliver them, with
 * the SDK answers stubbed and what the handler must have done.
 */
import assert from 'node:assert/strict';
import { createVerify, generateKeyPairSync } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { RunOptions, SdkCall } from './lambdaRunner';

export interface HandlerSample {
  name: string;
  event: unknown;
  run?: RunOptions;
  check(result: unknown, calls: SdkCall[], logs: unknown[][]): void;
  /** The invocation must fail with this message instead. */
  rejects?: RegExp;
}

const sqsRecord = (messageId: string, body: unknown, extra: Record<string, unknown> = {}) => ({
  messageId,
  receiptHandle: `handle-${messageId}`,
  body: typeof body === 'string' ? body : JSON.stringify(body),
  attributes: { ApproximateReceiveCount: '1' },
  messageAttributes: {},
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:queue',
  ...extra,
});

const s3Event = (bucket: string, key: string) => ({
  Records: [{ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: bucket }, object: { key, size: 1024 } } }],
});

const body = (bytes: string) => ({ transformToByteArray: async () => new Uint8Array(Buffer.from(bytes)) });

const apiEvent = (httpMethod: string, extra: Record<string, unknown> = {}) => ({
  httpMethod,
  resource: '/todos',
  headers: {},
  requestContext: { authorizer: { claims: { sub: 'user-1', email: 'u@example.com' } } },
  pathParameters: null,
  body: null,
  ...extra,
});

/** A stand-in for the sharp layer: records the resize and returns a smaller buffer. */
function fakeSharp(resizes: unknown[]) {
  return (input: Buffer) => ({
    resize(options: unknown) {
      resizes.push(options);
      return { toBuffer: async () => input.subarray(0, 4) };
    },
  });
}

const sharpResizes: unknown[] = [];
const signerOptions: unknown[] = [];
const connectOptions: Array<Record<string, unknown>> = [];
const queries: string[] = [];
const signingKeys = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });

/** CloudFront's URL-safe base64 back to bytes. */
const fromUrlSafe = (text: string) => Buffer.from(text.replace(/-/g, '+').replace(/_/g, '=').replace(/~/g, '/'), 'base64');
const kinesisRecord = (sequenceNumber: string, data: unknown) => ({ eventSource: 'aws:kinesis', kinesis: { sequenceNumber, partitionKey: 'truck-42', data: Buffer.from(JSON.stringify(data)).toString('base64') } });
const conditionalFailure = () => {
  throw Object.assign(new Error('condition'), { name: 'ConditionalCheckFailedException' });
};

export const HANDLER_SAMPLES: Record<string, HandlerSample[]> = {
  'welcome-email': [
    {
      name: 'sends one email per new subscriber and skips updates',
      run: { env: { SENDER_ADDRESS: 'hello@myblog.com', SITE_NAME: 'myblog.com' } },
      event: {
        Records: [
          { eventName: 'INSERT', dynamodb: { SequenceNumber: '1', NewImage: { email: { S: 'ann@example.com' }, name: { S: 'Ann' } } } },
          { eventName: 'MODIFY', dynamodb: { SequenceNumber: '2', NewImage: { email: { S: 'bob@example.com' } } } },
        ],
      },
      check(result, calls) {
        assert.deepEqual(result, { batchItemFailures: [] });
        assert.equal(calls.length, 1);
        assert.equal(calls[0].command, 'SendEmailCommand');
        const input = calls[0].input as { FromEmailAddress: string; Destination: { ToAddresses: string[] }; Content: { Simple: { Subject: { Data: string }; Body: { Text: { Data: string } } } } };
        assert.equal(input.FromEmailAddress, 'hello@myblog.com');
        assert.deepEqual(input.Destination.ToAddresses, ['ann@example.com']);
        assert.match(input.Content.Simple.Subject.Data, /myblog\.com/);
        assert.match(input.Content.Simple.Body.Text.Data, /^Hi Ann,/);
      },
    },
    {
      name: 'reports the record SES refused so only it is retried',
      run: {
        env: { SENDER_ADDRESS: 'hello@myblog.com', SITE_NAME: 'myblog.com' },
        respond: () => {
          throw Object.assign(new Error('Email address is not verified'), { name: 'MessageRejected' });
        },
      },
      event: { Records: [{ eventName: 'INSERT', dynamodb: { SequenceNumber: '7', NewImage: { email: { S: 'x@example.com' } } } }] },
      check(result) {
        assert.deepEqual(result, { batchItemFailures: [{ itemIdentifier: '7' }] });
      },
    },
  ],
  thumbnail: [
    {
      name: 'resizes with the sharp layer, writes to the thumbnail bucket and notifies SNS',
      run: {
        env: { THUMBNAIL_BUCKET: 'thumbs', THUMBNAIL_WIDTH: '200', NOTIFY_TOPIC_ARN: 'arn:aws:sns:us-east-1:123456789012:t' },
        modules: { sharp: fakeSharp(sharpResizes) },
        respond: (command) => (command === 'GetObjectCommand' ? { Body: body('JPEGDATA'), ContentType: 'image/jpeg' } : {}),
      },
      event: s3Event('uploads', 'holiday/beach+day.jpg'),
      check(result, calls) {
        assert.deepEqual(result, { thumbnails: ['holiday/beach day.jpg'] });
        assert.deepEqual(calls.map((c) => c.command), ['GetObjectCommand', 'PutObjectCommand', 'PublishCommand']);
        assert.deepEqual(calls[0].input, { Bucket: 'uploads', Key: 'holiday/beach day.jpg' });
        const put = calls[1].input as { Bucket: string; Key: string; Body: Buffer; ContentType: string };
        assert.equal(put.Bucket, 'thumbs');
        assert.equal(put.Key, 'thumbnails/holiday/beach day.jpg');
        assert.equal(put.Body.length, 4, 'the resized image is written');
        assert.equal(put.ContentType, 'image/jpeg');
        assert.deepEqual(sharpResizes.at(-1), { width: 200, withoutEnlargement: true });
      },
    },
    {
      name: 'without the layer copies the original and notifies SQS; skips non-images',
      run: {
        env: { THUMBNAIL_BUCKET: 'thumbs', NOTIFY_QUEUE_URL: 'https://sqs/q' },
        respond: (command) => (command === 'GetObjectCommand' ? { Body: body('PNGDATA!'), ContentType: 'image/png' } : {}),
      },
      event: { Records: [...s3Event('uploads', 'a.png').Records, ...s3Event('uploads', 'notes.txt').Records] },
      check(result, calls) {
        assert.deepEqual(result, { thumbnails: ['a.png'] });
        assert.deepEqual(calls.map((c) => c.command), ['GetObjectCommand', 'PutObjectCommand', 'SendMessageCommand']);
        assert.equal((calls[1].input as { Body: Buffer }).Body.toString(), 'PNGDATA!');
        assert.match(String((calls[2].input as { MessageBody: string }).MessageBody), /"resized":false/);
      },
    },
  ],
  'todo-api': [
    {
      name: 'lists only the caller\'s items',
      run: { env: { TABLE_NAME: 'todos' }, respond: () => ({ Items: [{ userId: 'user-1', itemId: 'a', title: 'milk' }] }) },
      event: apiEvent('GET'),
      check(result, calls) {
        const response = result as { statusCode: number; body: string };
        assert.equal(response.statusCode, 200);
        assert.deepEqual(JSON.parse(response.body), [{ userId: 'user-1', itemId: 'a', title: 'milk' }]);
        assert.equal(calls[0].command, 'QueryCommand');
        assert.deepEqual((calls[0].input as { ExpressionAttributeValues: unknown }).ExpressionAttributeValues, { ':u': 'user-1' });
      },
    },
    {
      name: 'creates an item and rejects one without a title',
      run: { env: { TABLE_NAME: 'todos' } },
      event: apiEvent('POST', { body: JSON.stringify({ title: '  buy milk ' }) }),
      check(result, calls) {
        const response = result as { statusCode: number; body: string };
        assert.equal(response.statusCode, 201);
        const item = JSON.parse(response.body);
        assert.equal(item.title, 'buy milk');
        assert.equal(item.userId, 'user-1');
        assert.match(item.itemId, /^[0-9a-f-]{36}$/);
        assert.equal(calls[0].command, 'PutCommand');
      },
    },
    {
      name: 'marks an item done, and answers 404 for a missing one',
      run: {
        env: { TABLE_NAME: 'todos' },
        respond: () => {
          throw Object.assign(new Error('missing'), { name: 'ConditionalCheckFailedException' });
        },
      },
      event: apiEvent('PUT', { pathParameters: { id: 'zzz' }, body: '{"done":true}' }),
      check(result, calls) {
        assert.equal((result as { statusCode: number }).statusCode, 404);
        assert.deepEqual((calls[0].input as { Key: unknown }).Key, { userId: 'user-1', itemId: 'zzz' });
      },
    },
    {
      name: 'deletes an item; falls back to DynamoDB when the DAX layer is missing',
      run: { env: { TABLE_NAME: 'todos', DAX_ENDPOINT: 'daxs://cluster.dax' } },
      event: apiEvent('DELETE', { pathParameters: { id: 'a' } }),
      check(result, calls, logs) {
        assert.equal((result as { statusCode: number }).statusCode, 204);
        assert.equal(calls[0].command, 'DeleteCommand');
        assert.match(String(logs[0]), /DAX client layer missing/);
      },
    },
  ],
  'service-consumer': [
    {
      name: 'records each event once and treats a duplicate as done',
      run: {
        env: { TABLE_NAME: 'billing-events', SERVICE_NAME: 'billing' },
        respond: (_command, input) => {
          if ((input.Item as { eventId: string }).eventId === 'm2') throw Object.assign(new Error('dup'), { name: 'ConditionalCheckFailedException' });
          return {};
        },
      },
      event: { Records: [sqsRecord('m1', { type: 'OrderPlaced', orderId: 42 }), sqsRecord('m2', { type: 'OrderPlaced', orderId: 42 })] },
      check(result, calls) {
        assert.deepEqual(result, { batchItemFailures: [] });
        assert.equal(calls.length, 2);
        const item = (calls[0].input as { Item: Record<string, unknown> }).Item;
        assert.equal(item.type, 'OrderPlaced');
        assert.equal(item.service, 'billing');
      },
    },
    {
      name: 'returns malformed messages as batch failures',
      run: { env: { TABLE_NAME: 't', SERVICE_NAME: 's' } },
      event: { Records: [sqsRecord('bad', 'not json')] },
      check(result, calls) {
        assert.deepEqual(result, { batchItemFailures: [{ itemIdentifier: 'bad' }] });
        assert.equal(calls.length, 0);
      },
    },
  ],
  'uptime-check': [
    {
      name: 'stays quiet while the site answers',
      run: { env: { CHECK_URL: 'https://example.com', ALERT_TOPIC_ARN: 'arn:topic' }, globals: { fetch: async () => ({ ok: true, status: 200 }) } },
      event: { source: 'aws.scheduler' },
      check(result, calls) {
        assert.equal((result as { ok: boolean }).ok, true);
        assert.equal(calls.length, 0);
      },
    },
    {
      name: 'alerts the topic when the site is down',
      run: { env: { CHECK_URL: 'https://example.com', ALERT_TOPIC_ARN: 'arn:topic' }, globals: { fetch: async () => ({ ok: false, status: 503 }) } },
      event: { source: 'aws.scheduler' },
      check(result, calls) {
        assert.equal((result as { ok: boolean }).ok, false);
        assert.equal(calls[0].command, 'PublishCommand');
        assert.match(String((calls[0].input as { Message: string }).Message), /HTTP 503/);
      },
    },
  ],
  'visit-counter': [
    {
      name: 'signs in with an IAM token through the proxy (MySQL) and counts the visit',
      run: {
        env: { PROXY_ENDPOINT: 'proxy.example', DB_PORT: '3306', DB_USER: 'appadmin', DB_NAME: 'app', DB_ENGINE: 'mysql' },
        modules: {
          '@aws-sdk/rds-signer': { Signer: class { constructor(readonly options: Record<string, unknown>) { signerOptions.push(options); } async getAuthToken() { return 'iam-token'; } } },
          'mysql2/promise': {
            createConnection: async (options: Record<string, unknown>) => {
              connectOptions.push(options);
              return { query: async (sql: string) => (queries.push(sql), [sql.startsWith('SELECT') ? [{ visits: 3 }] : {}]), end: async () => undefined };
            },
          },
        },
      },
      event: {},
      check(result) {
        assert.deepEqual(result, { visits: 3 });
        assert.deepEqual(signerOptions.at(-1), { hostname: 'proxy.example', port: 3306, username: 'appadmin', region: 'us-east-1' });
        assert.equal(connectOptions.at(-1)!.password, 'iam-token');
        assert.ok(connectOptions.at(-1)!.ssl, 'TLS is on');
        assert.match(queries[0], /CREATE TABLE IF NOT EXISTS visits/);
        assert.match(queries[1], /INSERT INTO visits/);
      },
    },
    {
      name: 'uses pg for PostgreSQL',
      run: {
        env: { PROXY_ENDPOINT: 'proxy.example', DB_PORT: '5432', DB_USER: 'appadmin', DB_NAME: 'app', DB_ENGINE: 'postgres' },
        modules: {
          '@aws-sdk/rds-signer': { Signer: class { async getAuthToken() { return 'iam-token'; } } },
          pg: {
            Client: class {
              async connect() {}
              async query(sql: string) { queries.push(sql); return { rows: sql.startsWith('SELECT') ? [{ visits: '7' }] : [] }; }
              async end() {}
            },
          },
        },
      },
      event: {},
      check(result) {
        assert.deepEqual(result, { visits: 7 });
        assert.match(queries.at(-2)!, /INSERT INTO visits DEFAULT VALUES/);
      },
    },
    {
      name: 'explains the missing driver layer',
      run: { env: { PROXY_ENDPOINT: 'p', DB_PORT: '3306', DB_USER: 'u', DB_NAME: 'app', DB_ENGINE: 'mysql' }, missing: ['@aws-sdk/rds-signer', 'mysql2/promise'] },
      event: {},
      check: () => undefined,
      rejects: /Add a layer with the driver and @aws-sdk\/rds-signer/,
    },
  ],
  'signed-url': [
    {
      name: 'signs a five-minute CloudFront URL for a premium member, verifiable with the public key',
      run: {
        env: { USERS_TABLE: 'members', DISTRIBUTION_DOMAIN: 'd111.cloudfront.net', KEY_PAIR_ID: 'K2JCJMDEHXQW5F', PRIVATE_KEY_SECRET_ARN: 'arn:secret' },
        respond: (command) => (command === 'GetCommand' ? { Item: { userId: 'user-1', premium: true } } : { SecretString: signingKeys.privateKey }),
      },
      event: apiEvent('GET', { pathParameters: { key: 'course/lesson 1.mp4' } }),
      check(result, calls) {
        const response = result as { statusCode: number; body: string };
        assert.equal(response.statusCode, 200);
        const { url, expires } = JSON.parse(response.body) as { url: string; expires: number };
        const now = Math.floor(Date.now() / 1000);
        assert.ok(expires > now + 290 && expires <= now + 300, 'expires in five minutes');
        const parsed = new URL(url);
        assert.equal(`${parsed.origin}${parsed.pathname}`, 'https://d111.cloudfront.net/premium/course/lesson%201.mp4');
        assert.equal(parsed.searchParams.get('Key-Pair-Id'), 'K2JCJMDEHXQW5F');
        const resource = url.slice(0, url.indexOf('?'));
        const policy = JSON.stringify({ Statement: [{ Resource: resource, Condition: { DateLessThan: { 'AWS:EpochTime': expires } } }] });
        const signature = fromUrlSafe(url.match(/Signature=([^&]+)/)![1]);
        assert.ok(createVerify('RSA-SHA1').update(policy).verify(signingKeys.publicKey, signature), 'the signature verifies');
        assert.deepEqual(calls.map((c) => c.command), ['GetCommand', 'GetSecretValueCommand']);
      },
    },
    {
      name: 'refuses members without the premium flag',
      run: { env: { USERS_TABLE: 'members' }, respond: () => ({ Item: { userId: 'user-1', premium: false } }) },
      event: apiEvent('GET', { pathParameters: { key: 'a.mp4' } }),
      check(result, calls) {
        assert.equal((result as { statusCode: number }).statusCode, 403);
        assert.equal(calls.length, 1, 'no secret is read for a non-member');
      },
    },
  ],
  'register-user': [
    {
      name: 'creates a free profile from the token claims',
      run: { env: { USERS_TABLE: 'members' } },
      event: apiEvent('POST'),
      check(result, calls) {
        assert.equal((result as { statusCode: number }).statusCode, 201);
        const item = (calls[0].input as { Item: Record<string, unknown> }).Item;
        assert.equal(item.userId, 'user-1');
        assert.equal(item.email, 'u@example.com');
        assert.equal(item.premium, false);
      },
    },
    {
      name: 'answers 409 when already registered',
      run: { env: { USERS_TABLE: 'members' }, respond: conditionalFailure },
      event: apiEvent('POST'),
      check(result) {
        assert.equal((result as { statusCode: number }).statusCode, 409);
      },
    },
  ],
  'firehose-transform': [
    {
      name: 'stamps valid readings as JSON lines and fails the rest',
      event: {
        records: [
          { recordId: '1', approximateArrivalTimestamp: 1704099600000, data: Buffer.from(JSON.stringify({ deviceId: 'truck-42', temperature: 21.5 })).toString('base64') },
          { recordId: '2', approximateArrivalTimestamp: 1704099600000, data: Buffer.from('not json').toString('base64') },
        ],
      },
      check(result) {
        const { records } = result as { records: Array<{ recordId: string; result: string; data: string }> };
        assert.equal(records[0].result, 'Ok');
        const line = Buffer.from(records[0].data, 'base64').toString();
        assert.ok(line.endsWith('\n'), 'one object per line');
        assert.deepEqual(JSON.parse(line), { deviceId: 'truck-42', temperature: 21.5, ingestedAt: '2024-01-01T09:00:00.000Z' });
        assert.equal(records[1].result, 'ProcessingFailed');
      },
    },
  ],
  'ingest-summary': [
    {
      name: 'summarizes a gzipped Firehose object delivered through SQS',
      run: {
        env: { REPORTING_BUCKET: 'reports' },
        respond: (command) =>
          command === 'GetObjectCommand'
            ? { Body: { transformToByteArray: async () => new Uint8Array(gzipSync('{"deviceId":"a"}\n{"deviceId":"b"}\n{"deviceId":"a"}\n')) } }
            : {},
      },
      event: { Records: [sqsRecord('m1', { Records: [{ s3: { bucket: { name: 'lake' }, object: { key: 'raw/2024/01/01/09/part-1.gz' } } }] })] },
      check(result, calls) {
        assert.deepEqual(result, { batchItemFailures: [] });
        const put = calls.find((c) => c.command === 'PutObjectCommand')!.input as { Bucket: string; Key: string; Body: string };
        assert.equal(put.Bucket, 'reports');
        assert.equal(put.Key, 'summaries/raw/2024/01/01/09/part-1.json');
        assert.deepEqual(JSON.parse(put.Body), { source: 's3://lake/raw/2024/01/01/09/part-1.gz', readings: 3, perDevice: { a: 2, b: 1 } });
      },
    },
    {
      name: 'handles S3 events delivered straight to the function',
      run: {
        env: { REPORTING_BUCKET: 'reports' },
        respond: (command) => (command === 'GetObjectCommand' ? { Body: { transformToByteArray: async () => new Uint8Array(Buffer.from('{"deviceId":"x"}\n')) } } : {}),
      },
      event: s3Event('lake', 'raw/part-2'),
      check(result) {
        assert.deepEqual(result, [{ source: 's3://lake/raw/part-2', readings: 1, perDevice: { x: 1 } }]);
      },
    },
  ],
  'ordered-positions': [
    {
      name: 'keeps the newest position per truck from Kinesis, ignoring older replays',
      run: {
        env: { TABLE_NAME: 'positions' },
        respond: (_command, input) => ((input.Item as { at: string }).at < '2024-01-01T09:05' ? conditionalFailure() : {}),
      },
      event: {
        Records: [
          kinesisRecord('1', { truckId: 'truck-42', lat: 1, lon: 2, at: '2024-01-01T09:10:00Z' }),
          kinesisRecord('2', { truckId: 'truck-42', lat: 1, lon: 2, at: '2024-01-01T09:00:00Z' }),
        ],
      },
      check(result, calls) {
        assert.deepEqual(result, { batchItemFailures: [] });
        assert.equal(calls.length, 2);
        assert.equal((calls[0].input as { ConditionExpression: string }).ConditionExpression, 'attribute_not_exists(truckId) OR #at < :at');
      },
    },
    {
      name: 'stops at the first failure so the rest of the FIFO batch is retried in order',
      run: {
        env: { TABLE_NAME: 'positions' },
        respond: (_command, input) => {
          if ((input.Item as { lat: number }).lat === 2) throw new Error('throttled');
          return {};
        },
      },
      event: { Records: [sqsRecord('a', { truckId: 't', lat: 1, at: '1' }), sqsRecord('b', { truckId: 't', lat: 2, at: '2' }), sqsRecord('c', { truckId: 't', lat: 3, at: '3' })] },
      check(result, calls) {
        assert.deepEqual(result, { batchItemFailures: [{ itemIdentifier: 'b' }, { itemIdentifier: 'c' }] });
        assert.equal(calls.length, 2, 'c is not processed before b');
      },
    },
  ],
  'validate-order': [
    {
      name: 'totals the order and flags large ones for approval',
      run: { env: { APPROVAL_THRESHOLD: '1000' } },
      event: { orderId: 'o-1', items: [{ sku: 'laptop', price: 1500, quantity: 1 }, { sku: 'mouse', price: 19.99, quantity: 2 }] },
      check(result) {
        assert.deepEqual(result, { orderId: 'o-1', items: [{ sku: 'laptop', price: 1500, quantity: 1 }, { sku: 'mouse', price: 19.99, quantity: 2 }], total: 1539.98, needsApproval: true });
      },
    },
    {
      name: 'rejects an order without items',
      run: { env: { APPROVAL_THRESHOLD: '1000' } },
      event: { orderId: 'o-2', items: [] },
      check: () => undefined,
      rejects: /at least one item/,
    },
  ],
  'request-approval': [
    {
      name: 'sends the task token with the approve and reject commands',
      run: { env: { APPROVAL_TOPIC_ARN: 'arn:topic' } },
      event: { token: 'AAAA+token==', order: { orderId: 'o-1', total: 1539.98 } },
      check(result, calls) {
        assert.deepEqual(result, { requested: true });
        const message = (calls[0].input as { Message: string }).Message;
        assert.match(message, /send-task-success --task-token "AAAA\+token==" --task-output '\{"approved":true\}'/);
        assert.match(message, /'\{"approved":false\}'/);
      },
    },
  ],
  'fulfil-order': [
    {
      name: 'records the order once',
      run: { env: { ORDERS_TABLE: 'orders' } },
      event: { orderId: 'o-1', total: 10, items: [{ sku: 'a', price: 10 }] },
      check(result, calls) {
        assert.equal((result as { status: string }).status, 'FULFILLED');
        assert.equal((calls[0].input as { TableName: string }).TableName, 'orders');
        assert.equal((calls[0].input as { ConditionExpression: string }).ConditionExpression, 'attribute_not_exists(orderId)');
      },
    },
  ],
};
