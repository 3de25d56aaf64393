import type { TemplateBuilder } from '../builder';
import { thumbnailCode } from '../code/thumbnail';
import { equals, getAtt, iff, noValue, not, ref, sub, type ValueMap } from '../values';
import { invokePermission, lambdaFunction } from './lambda';
import { namedBucket, privateBucket } from './storage';
import type { Statement } from './iam';

export type ThumbnailNotice = 'none' | 'sns' | 'sqs';

export interface ThumbnailIds {
  uploadBucket: string;
  thumbnailBucket: string;
  fn: string;
}


/**
 * s3-thumbnails: upload bucket → S3 event → Lambda → a separate thumbnail bucket (writing
 * back to the upload bucket would trigger the function again, forever).
 */
export function thumbnails(t: TemplateBuilder, notice: ThumbnailNotice): ThumbnailIds {
  const ids: ThumbnailIds = { uploadBucket: 'UploadBucket', thumbnailBucket: 'ThumbnailBucket', fn: 'ThumbnailFunction' };
  const width = t.parameter('ThumbnailWidth', { Type: 'Number', Description: 'Width of the thumbnails in pixels', Default: 200, MinValue: 16, MaxValue: 2048 });
  const layer = t.parameter('SharpLayerArn', {
    Type: 'String',
    Description: 'ARN of a Lambda layer (arm64, Node.js) that provides the sharp image library. Empty: originals are copied unresized.',
    Default: '',
  });
  t.condition('HasSharpLayer', not(equals(layer, '')));
  const upload = namedBucket(ids.uploadBucket);

  privateBucket(t, { id: ids.thumbnailBucket, comment: 'Thumbnails go to their own bucket, so writing them never re-triggers the function.' });

  const statements: Statement[] = [
    { Action: 's3:GetObject', Resource: upload.arn('/*') },
    { Action: 's3:PutObject', Resource: sub(`\${${ids.thumbnailBucket}.Arn}/thumbnails/*`) },
  ];
  const environment: ValueMap = { THUMBNAIL_BUCKET: ref(ids.thumbnailBucket), THUMBNAIL_WIDTH: width };
  if (notice === 'sns') {
    t.resource('ThumbnailTopic', 'AWS::SNS::Topic', {}, 'Announces each new thumbnail; subscribe email, SQS or Lambda to it.');
    environment.NOTIFY_TOPIC_ARN = ref('ThumbnailTopic');
    statements.push({ Action: 'sns:Publish', Resource: ref('ThumbnailTopic') });
  } else if (notice === 'sqs') {
    t.resource('ThumbnailQueue', 'AWS::SQS::Queue', { SqsManagedSseEnabled: true, MessageRetentionPeriod: 345600 }, 'A message per new thumbnail, for whatever processes them next.');
    environment.NOTIFY_QUEUE_URL = ref('ThumbnailQueue');
    statements.push({ Action: 'sqs:SendMessage', Resource: getAtt('ThumbnailQueue', 'Arn') });
  }

  lambdaFunction(t, {
    id: ids.fn,
    comment: 'Makes the thumbnail. Its role reads uploads and writes thumbnails, nothing else.',
    description: 'Resizes each uploaded image into the thumbnail bucket',
    code: thumbnailCode,
    timeout: 60,
    memorySize: 1024,
    environment,
    statements,
    layers: iff('HasSharpLayer', [layer], noValue()),
  });
  const permission = invokePermission(
    t,
    'ThumbnailInvokePermission',
    ids.fn,
    's3.amazonaws.com',
    upload.arn(),
    'S3 may invoke the function, for this bucket and account only. Without it the bucket notification fails to create.',
    { sourceAccount: true },
  );
  privateBucket(t, {
    id: ids.uploadBucket,
    comment: 'Uploads. Its name is computed, so the permission above can name it without a dependency cycle.',
    name: upload.name,
    notification: {
      LambdaConfigurations: [{ Event: 's3:ObjectCreated:*', Function: getAtt(ids.fn, 'Arn') }],
    },
    extras: { dependsOn: permission },
  });
  return ids;
}

