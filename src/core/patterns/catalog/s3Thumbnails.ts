import { thumbnails, type ThumbnailNotice } from '../blocks/thumbnails';
import { ref, sub } from '../values';
import type { PatternDefinition } from '../types';

export const s3ThumbnailsPattern: PatternDefinition = {
  id: 's3-thumbnails',
  version: '1.0.0',
  title: { en: 'Thumbnails from uploaded images', ko: '업로드한 이미지로 썸네일 만들기' },
  description: {
    en: 'An upload bucket invokes a Lambda function on every new object; the function writes a resized copy to a separate thumbnail bucket and can announce it through SNS or SQS.',
    ko: '업로드 버킷에 객체가 추가될 때마다 Lambda가 호출되어 별도의 썸네일 버킷에 축소본을 저장하고, SNS나 SQS로 알릴 수 있습니다.',
  },
  seeds: ['000', '003'],
  scenario: {
    en: 'Each time a photo lands in S3, S3 invokes a Lambda function that creates the thumbnail and stores it in a bucket of its own; SQS or SNS can be added to send a notification.',
    ko: '사진이 S3에 추가될 때마다 S3가 Lambda를 호출하고, Lambda는 썸네일을 만들어 썸네일용 버킷에 저장합니다. SQS나 SNS를 붙여 알림을 보낼 수도 있습니다.',
  },
  keywords: ['s3', 'lambda', 'event', 'image', 'resize', 'sns', 'sqs', '썸네일', '이미지'],
  options: [
    {
      kind: 'choice',
      key: 'notify',
      title: { en: 'Notification', ko: '알림' },
      description: { en: 'Announce each thumbnail through SNS or SQS', ko: '썸네일이 만들어질 때 SNS나 SQS로 알림' },
      default: 'none',
      choices: [
        { value: 'none', title: { en: 'No notification', ko: '알림 없음' } },
        { value: 'sns', title: { en: 'SNS topic', ko: 'SNS 주제' } },
        { value: 'sqs', title: { en: 'SQS queue', ko: 'SQS 대기열' } },
      ],
    },
  ],
  build(t, options) {
    const notice = options.notify as ThumbnailNotice;
    const ids = thumbnails(t, notice);
    t.output('UploadBucketName', { Description: 'Upload images here', Value: ref(ids.uploadBucket) });
    t.output('ThumbnailBucketName', { Description: 'Thumbnails appear here under thumbnails/', Value: ref(ids.thumbnailBucket) });
    t.output('TryItCommand', { Description: 'Upload a photo to see its thumbnail', Value: sub(`aws s3 cp photo.jpg s3://\${${ids.uploadBucket}}/photo.jpg`) });
    if (notice === 'sns') t.output('ThumbnailTopicArn', { Description: 'Subscribe to hear about new thumbnails', Value: ref('ThumbnailTopic') });
    if (notice === 'sqs') t.output('ThumbnailQueueUrl', { Description: 'Queue with a message per thumbnail', Value: ref('ThumbnailQueue') });
  },
};
