import { inlineCode } from './inlineCode';

/** Firehose transform: validate each record, stamp it, and write one JSON object per line. */
export const firehoseTransformCode = inlineCode(
  'firehose-transform',
  `
exports.handler = async (event) => {
  const records = event.records.map((record) => {
    try {
      const reading = JSON.parse(Buffer.from(record.data, 'base64').toString('utf8'));
      if (typeof reading.deviceId !== 'string') throw new Error('deviceId missing');
      const line = JSON.stringify({ ...reading, ingestedAt: new Date(record.approximateArrivalTimestamp || Date.now()).toISOString() }) + '\\n';
      return { recordId: record.recordId, result: 'Ok', data: Buffer.from(line).toString('base64') };
    } catch (error) {
      // Failed records go to the error prefix of the bucket, not into the data lake.
      return { recordId: record.recordId, result: 'ProcessingFailed', data: record.data };
    }
  });
  return { records };
};
`,
);

/** New ingestion object (S3 → SQS → Lambda, or S3 → Lambda): count its readings per device into a summary. */
export const ingestSummaryCode = inlineCode(
  'ingest-summary',
  `
const { gunzipSync } = require('node:zlib');
const { S3Client, GetObjectCommand, PutObjectCommand } = require('@aws-sdk/client-s3');
const s3 = new S3Client({});

async function summarize(bucket, key) {
  const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  let bytes = Buffer.from(await object.Body.transformToByteArray());
  if (key.endsWith('.gz')) bytes = gunzipSync(bytes);
  const perDevice = {};
  for (const line of bytes.toString('utf8').split('\\n')) {
    if (!line.trim()) continue;
    const { deviceId } = JSON.parse(line);
    perDevice[deviceId] = (perDevice[deviceId] || 0) + 1;
  }
  const summary = { source: 's3://' + bucket + '/' + key, readings: Object.values(perDevice).reduce((a, b) => a + b, 0), perDevice };
  await s3.send(new PutObjectCommand({
    Bucket: process.env.REPORTING_BUCKET,
    Key: 'summaries/' + key.replace(/\\.gz$/, '') + '.json',
    Body: JSON.stringify(summary),
    ContentType: 'application/json',
  }));
  return summary;
}

exports.handler = async (event) => {
  // Straight from S3: summarize each object; a failure makes S3's async invoke retry.
  if (event.Records.every((record) => record.eventSource === 'aws:s3')) {
    return Promise.all(event.Records.map((r) => summarize(r.s3.bucket.name, decodeURIComponent(r.s3.object.key.replace(/\\+/g, ' ')))));
  }
  // Through SQS: each message holds an S3 notification; failed messages are retried alone.
  const batchItemFailures = [];
  for (const message of event.Records) {
    try {
      const notice = JSON.parse(message.body);
      for (const record of notice.Records || []) {
        await summarize(record.s3.bucket.name, decodeURIComponent(record.s3.object.key.replace(/\\+/g, ' ')));
      }
    } catch (error) {
      console.error('Failed', message.messageId, error);
      batchItemFailures.push({ itemIdentifier: message.messageId });
    }
  }
  return { batchItemFailures };
};
`,
);
