import { dynamoTable } from '../blocks/dynamodb';
import { eventSourceMapping, lambdaFunction } from '../blocks/lambda';
import { consumeQueue, MAX_RETENTION_SECONDS, queueWithDlq } from '../blocks/messaging';
import { orderedPositionsCode } from '../code/orderedPositions';
import { getAtt, note, ref, sub } from '../values';
import type { Statement } from '../blocks/iam';
import type { PatternDefinition } from '../types';

const FUNCTION_TIMEOUT = 10;

export const orderedStreamingPattern: PatternDefinition = {
  id: 'ordered-streaming',
  version: '1.0.0',
  title: { en: 'Ordered data: Kinesis vs SQS FIFO', ko: '순서가 있는 데이터: Kinesis와 SQS FIFO' },
  description: {
    en: 'Truck positions processed in order per truck: a Kinesis data stream with the truck id as partition key, or an SQS FIFO queue with the truck id as message group, feeding a Lambda consumer that keeps the latest position.',
    ko: '트럭마다 순서대로 처리하는 위치 데이터: 트럭 ID를 파티션 키로 쓰는 Kinesis 데이터 스트림 또는 트럭 ID를 메시지 그룹으로 쓰는 SQS FIFO 대기열이 최신 위치를 저장하는 Lambda 소비자에게 전달합니다.',
  },
  seeds: ['003'],
  scenario: {
    en: 'Hundreds of trucks report their position; each truck\'s updates must be processed in order, while trucks are processed in parallel. Kinesis keeps order per shard (partition key) and can replay; SQS FIFO keeps order per message group.',
    ko: '수백 대의 트럭이 위치를 보고합니다. 트럭마다 업데이트는 순서대로, 트럭끼리는 병렬로 처리해야 합니다. Kinesis는 샤드(파티션 키)마다 순서를 지키고 재생할 수 있으며, SQS FIFO는 메시지 그룹마다 순서를 지킵니다.',
  },
  keywords: ['kinesis', 'sqs fifo', 'ordering', 'partition key', 'message group', 'lambda', 'iot', '순서', '스트리밍'],
  options: [
    {
      kind: 'choice',
      key: 'transport',
      title: { en: 'Transport', ko: '전송 방식' },
      description: { en: 'Kinesis Data Streams or SQS FIFO', ko: 'Kinesis Data Streams 또는 SQS FIFO' },
      default: 'kinesis',
      choices: [
        { value: 'kinesis', title: { en: 'Kinesis Data Streams (replay, many consumers)', ko: 'Kinesis Data Streams (재생, 다중 소비자)' } },
        { value: 'fifo', title: { en: 'SQS FIFO (per-group order, simple)', ko: 'SQS FIFO (그룹별 순서, 단순함)' } },
      ],
    },
  ],
  build(t, options) {
    const table = dynamoTable(t, { id: 'TruckPositionsTable', comment: 'The latest position of each truck.', partitionKey: 'truckId' });
    const statements: Statement[] = [{ Action: 'dynamodb:PutItem', Resource: getAtt(table, 'Arn') }];
    const kinesis = options.transport !== 'fifo';
    if (kinesis) {
      t.resource(
        'PositionsStream',
        'AWS::Kinesis::Stream',
        {
          StreamModeDetails: { StreamMode: 'ON_DEMAND' },
          RetentionPeriodHours: note('Records stay a week: a consumer can be replayed from any point in it.', 168),
          StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' },
        },
        'Kinesis keeps records in order per shard; the truck id as partition key keeps each truck on one shard.',
      );
      t.resource(
        'PositionFailures',
        'AWS::SQS::Queue',
        { MessageRetentionPeriod: MAX_RETENTION_SECONDS, SqsManagedSseEnabled: true },
        'Batches that still fail after retries are recorded here instead of blocking the shard.',
      );
      statements.push(
        {
          Action: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards', 'kinesis:SubscribeToShard'],
          Resource: getAtt('PositionsStream', 'Arn'),
        },
        { Action: 'sqs:SendMessage', Resource: getAtt('PositionFailures', 'Arn') },
      );
    } else {
      queueWithDlq(t, {
        id: 'PositionsQueue',
        comment: 'FIFO: messages with the same group id (the truck) are delivered in order, one batch at a time.',
        fifo: true,
        visibilityTimeout: 6 * FUNCTION_TIMEOUT,
      });
      statements.push(consumeQueue('PositionsQueue'));
    }
    const fn = lambdaFunction(t, {
      id: 'PositionsFunction',
      comment: 'Keeps the latest position per truck; stops at the first failure so order holds on retry.',
      description: 'Stores the latest position of each truck, in order',
      code: orderedPositionsCode,
      timeout: FUNCTION_TIMEOUT,
      environment: { TABLE_NAME: ref(table) },
      statements,
    }).fn;
    if (kinesis) {
      eventSourceMapping(t, 'PositionsTrigger', fn, getAtt('PositionsStream', 'Arn'), 'One batch per shard at a time: order within a truck is kept.', {
        startingPosition: 'TRIM_HORIZON',
        batchSize: 100,
        extra: {
          ParallelizationFactor: 1,
          MaximumRetryAttempts: 5,
          DestinationConfig: { OnFailure: { Destination: getAtt('PositionFailures', 'Arn') } },
        },
      });
      t.output('StreamName', { Description: 'Send positions here', Value: ref('PositionsStream') });
      t.output('SendPositionCommand', {
        Description: 'Try it: the truck id is the partition key',
        Value: sub(`aws kinesis put-record --stream-name \${PositionsStream} --partition-key truck-42 --cli-binary-format raw-in-base64-out --data '{"truckId":"truck-42","lat":37.56,"lon":126.97,"at":"2024-01-01T09:00:00Z"}'`),
      });
    } else {
      eventSourceMapping(t, 'PositionsTrigger', fn, getAtt('PositionsQueue', 'Arn'), 'At most 10 messages per batch from a FIFO queue, in order per group.', { batchSize: 10 });
      t.output('QueueUrl', { Description: 'Send positions here', Value: ref('PositionsQueue') });
      t.output('SendPositionCommand', {
        Description: 'Try it: the truck id is the message group',
        Value: sub(`aws sqs send-message --queue-url \${PositionsQueue} --message-group-id truck-42 --message-body '{"truckId":"truck-42","lat":37.56,"lon":126.97,"at":"2024-01-01T09:00:00Z"}'`),
      });
    }
    t.output('PositionsTableName', { Description: 'Latest position per truck', Value: ref(table) });
  },
};
