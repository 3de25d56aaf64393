import { snsSqsFanout } from '../blocks/fanout';
import { policyDocument } from '../blocks/iam';
import { namedBucket, privateBucket } from '../blocks/storage';
import { note, ref, sub } from '../values';
import type { PatternDefinition } from '../types';

export const s3EventFanoutPattern: PatternDefinition = {
  id: 's3-event-fanout',
  version: '1.0.0',
  title: { en: 'S3 events to multiple queues', ko: 'S3 이벤트를 여러 대기열로' },
  description: {
    en: 'A bucket sends its object-created events to an SNS topic (allowed by a topic policy), which fans them out to several SQS queues with dead-letter queues.',
    ko: '버킷이 객체 생성 이벤트를 SNS 주제(주제 정책으로 허용)로 보내고, 주제가 DLQ가 있는 여러 SQS 대기열로 팬아웃합니다.',
  },
  seeds: ['003'],
  scenario: {
    en: 'An S3 event notification has one destination per event type and prefix; to let several consumers react to the same upload, send it to SNS and fan out to a queue per consumer.',
    ko: 'S3 이벤트 알림은 같은 이벤트 유형과 접두사에 대해 대상 하나만 가질 수 있습니다. 여러 소비자가 같은 업로드에 반응하려면 SNS로 보내 소비자마다 대기열로 팬아웃합니다.',
  },
  keywords: ['s3', 'event notification', 'sns', 'sqs', 'fan-out', '이벤트', '팬아웃'],
  options: [
    {
      kind: 'choice',
      key: 'queues',
      title: { en: 'Queues', ko: '대기열 수' },
      description: { en: 'How many consumers get each event', ko: '각 이벤트를 받는 소비자 수' },
      default: '2',
      choices: [
        { value: '2', title: { en: 'Two: indexing and virus scan', ko: '2개: 색인, 바이러스 검사' } },
        { value: '3', title: { en: 'Three: plus audit', ko: '3개: 감사 추가' } },
      ],
    },
  ],
  build(t, options) {
    const bucketName = namedBucket('IncomingBucket');
    const consumers = [{ name: 'Indexing' }, { name: 'VirusScan' }, ...(options.queues === '3' ? [{ name: 'Audit' }] : [])];
    const fanout = snsSqsFanout(t, 'UploadEventsTopic', consumers, 'One topic receives every upload event and copies it to each consumer\'s queue.');
    t.resource(
      'UploadEventsTopicPolicy',
      'AWS::SNS::TopicPolicy',
      {
        Topics: [ref(fanout.topic)],
        PolicyDocument: policyDocument([
          {
            Sid: 'AllowS3ToPublish',
            Principal: { Service: 's3.amazonaws.com' },
            Action: 'sns:Publish',
            Resource: ref(fanout.topic),
            Condition: note('Only this bucket, in this account.', {
              ArnLike: { 'aws:SourceArn': bucketName.arn() },
              StringEquals: { 'aws:SourceAccount': ref('AWS::AccountId') },
            }),
          },
        ]),
      },
      'S3 may publish to the topic; without this the bucket notification fails to create.',
    );
    privateBucket(t, {
      id: 'IncomingBucket',
      name: bucketName.name,
      comment: 'Uploads land here. The name is computed so the topic policy can name it without a dependency cycle.',
      notification: { TopicConfigurations: [{ Event: 's3:ObjectCreated:*', Topic: ref(fanout.topic) }] },
      extras: { dependsOn: 'UploadEventsTopicPolicy' },
    });
    t.output('IncomingBucketName', { Description: 'Upload files here', Value: ref('IncomingBucket') });
    for (const [name, queue] of Object.entries(fanout.queues)) t.output(`${name}QueueUrl`, { Description: `${name}'s queue`, Value: ref(queue.queue) });
    t.output('TryItCommand', { Description: 'Upload a file, then read a queue', Value: sub('aws s3 cp README.md s3://${IncomingBucket}/ && aws sqs receive-message --queue-url ${IndexingQueue}') });
  },
};
