import type { TemplateBuilder } from '../builder';
import { getAtt, note, ref, type Value, type ValueMap } from '../values';
import { policyDocument, type Statement } from './iam';

export const MAX_RETENTION_SECONDS = 1_209_600; // 14 days

export interface QueueSpec {
  id: string;
  comment: string;
  /** Seconds a received message stays hidden; at least 6 × the consumer's timeout. */
  visibilityTimeout?: number;
  fifo?: boolean;
  maxReceiveCount?: number;
  condition?: string;
}

export interface QueueIds {
  queue: string;
  deadLetterQueue: string;
}

/**
 * A queue with a dead-letter queue: a message that fails `maxReceiveCount` times is
 * parked in the DLQ for inspection instead of cycling forever. Long polling (20 s) cuts
 * empty receives, and SQS-managed encryption protects messages at rest.
 */
export function queueWithDlq(t: TemplateBuilder, spec: QueueSpec): QueueIds {
  const ids: QueueIds = { queue: spec.id, deadLetterQueue: `${spec.id}DeadLetter` };
  const extras = spec.condition ? { condition: spec.condition } : {};
  const fifo: ValueMap = spec.fifo ? { FifoQueue: true, ContentBasedDeduplication: true } : {};
  t.resource(
    ids.deadLetterQueue,
    'AWS::SQS::Queue',
    { ...fifo, MessageRetentionPeriod: MAX_RETENTION_SECONDS, SqsManagedSseEnabled: true },
    `Dead-letter queue of ${spec.id}: failed messages wait here 14 days for a look.`,
    extras,
  );
  t.resource(
    ids.queue,
    'AWS::SQS::Queue',
    {
      ...fifo,
      VisibilityTimeout: note('Longer than the consumer can take, so a message in flight is not handed out twice.', spec.visibilityTimeout ?? 60),
      ReceiveMessageWaitTimeSeconds: 20,
      SqsManagedSseEnabled: true,
      RedrivePolicy: { deadLetterTargetArn: getAtt(ids.deadLetterQueue, 'Arn'), maxReceiveCount: spec.maxReceiveCount ?? 5 },
    },
    spec.comment,
    extras,
  );
  return ids;
}

/** A queue policy letting one service send, scoped to the resource that sends. */
export function queuePolicy(
  t: TemplateBuilder,
  id: string,
  queues: string[],
  service: string,
  sourceArn: Value,
  comment: string,
): string {
  const statements: Statement[] = queues.map((queue) => ({
    Sid: `Allow${service.split('.')[0].toUpperCase()}To${queue}`,
    Principal: { Service: service },
    Action: 'sqs:SendMessage',
    Resource: getAtt(queue, 'Arn'),
    Condition: { ArnEquals: { 'aws:SourceArn': sourceArn } },
  }));
  return t.resource(id, 'AWS::SQS::QueuePolicy', { Queues: queues.map((q) => ref(q)), PolicyDocument: policyDocument(statements) }, comment);
}

export interface SubscriptionSpec {
  id: string;
  topic: string;
  queue: string;
  filterPolicy?: ValueMap;
  comment?: string;
}

/** SNS → SQS subscription with raw delivery, so consumers read the message as published. */
export function queueSubscription(t: TemplateBuilder, spec: SubscriptionSpec): string {
  const properties: ValueMap = {
    TopicArn: ref(spec.topic),
    Protocol: 'sqs',
    Endpoint: getAtt(spec.queue, 'Arn'),
    RawMessageDelivery: true,
  };
  if (spec.filterPolicy) {
    properties.FilterPolicyScope = 'MessageAttributes';
    properties.FilterPolicy = note('Only matching events reach this queue; the publisher stays unaware of consumers.', spec.filterPolicy);
  }
  return t.resource(spec.id, 'AWS::SNS::Subscription', properties, spec.comment);
}

/** Consumer permissions on one queue (what the Lambda poller or a worker needs). */
export const consumeQueue = (queue: string): Statement => ({
  Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ChangeMessageVisibility'],
  Resource: getAtt(queue, 'Arn'),
});
