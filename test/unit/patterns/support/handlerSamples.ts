/**
 * Sample events for each inline handler, as the AWS service would deliver them, with
 * the SDK answers stubbed and what the handler must have done.
 */
import assert from 'node:assert/strict';
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
};
