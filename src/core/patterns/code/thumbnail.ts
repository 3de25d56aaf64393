import { inlineCode } from './inlineCode';

/** S3 upload → Lambda → resized copy in the thumbnail bucket, with an optional notice. */
export const thumbnailCode = inlineCode(
  'thumbnail',
  `
const { S3Client, GetObjectCommand, PutObjectCommand } = require('@aws-sdk/client-s3');
const { SNSClient, PublishCommand } = require('@aws-sdk/client-sns');
const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');
const s3 = new S3Client({});
const WIDTH = Number(process.env.THUMBNAIL_WIDTH || 200);
const IMAGE = /\\.(jpe?g|png|webp|gif|avif|tiff?)$/i;

// The image library comes from the layer in SharpLayerArn: the one place to plug it in.
// Without the layer the original is copied and marked, so the pipeline still runs.
let sharp;
try { sharp = require('sharp'); } catch { sharp = undefined; }

async function notify(message) {
  const body = JSON.stringify(message);
  if (process.env.NOTIFY_TOPIC_ARN) {
    await new SNSClient({}).send(new PublishCommand({ TopicArn: process.env.NOTIFY_TOPIC_ARN, Message: body }));
  }
  if (process.env.NOTIFY_QUEUE_URL) {
    await new SQSClient({}).send(new SendMessageCommand({ QueueUrl: process.env.NOTIFY_QUEUE_URL, MessageBody: body }));
  }
}

exports.handler = async (event) => {
  const done = [];
  for (const record of event.Records) {
    const bucket = record.s3.bucket.name;
    const key = decodeURIComponent(record.s3.object.key.replace(/\\+/g, ' '));
    if (!IMAGE.test(key)) {
      console.log('Not an image, skipped:', key);
      continue;
    }
    const original = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const image = Buffer.from(await original.Body.transformToByteArray());
    const thumbnail = sharp ? await sharp(image).resize({ width: WIDTH, withoutEnlargement: true }).toBuffer() : image;
    await s3.send(new PutObjectCommand({
      Bucket: process.env.THUMBNAIL_BUCKET,
      Key: 'thumbnails/' + key,
      Body: thumbnail,
      ContentType: original.ContentType,
      Metadata: { 'resized-width': sharp ? String(WIDTH) : 'original' },
    }));
    await notify({ source: bucket + '/' + key, thumbnail: process.env.THUMBNAIL_BUCKET + '/thumbnails/' + key, resized: !!sharp });
    done.push(key);
  }
  return { thumbnails: done };
};
`,
  ['sharp'],
);
