import type { TemplateBuilder } from '../builder';
import { ref, sub, type ValueMap } from '../values';
import { queuePolicy, queueSubscription, queueWithDlq, type QueueIds } from './messaging';

export interface FanoutConsumer {
  /** Logical-id stem, e.g. `Shipping` → `ShippingQueue`. */
  name: string;
  /** Message-attribute filter; omitted, the queue gets every event. */
  filterPolicy?: ValueMap;
  visibilityTimeout?: number;
}

export interface FanoutIds {
  topic: string;
  queues: Record<string, QueueIds>;
  policy: string;
}

/**
 * sns-sqs-fanout: one topic, one queue per consumer (each with its own DLQ), and one
 * queue policy that lets only this topic send. Publishers never know who listens.
 */
export function snsSqsFanout(t: TemplateBuilder, topic: string, consumers: FanoutConsumer[], topicComment: string, topicProperties: ValueMap = {}): FanoutIds {
  t.resource(topic, 'AWS::SNS::Topic', topicProperties, topicComment);
  const queues: Record<string, QueueIds> = {};
  for (const consumer of consumers) {
    queues[consumer.name] = queueWithDlq(t, {
      id: `${consumer.name}Queue`,
      comment: `${consumer.name}'s own copy of every event it subscribes to; it works at its own pace.`,
      visibilityTimeout: consumer.visibilityTimeout,
    });
  }
  const policy = queuePolicy(
    t,
    `${topic}QueuePolicy`,
    consumers.map((c) => queues[c.name].queue),
    'sns.amazonaws.com',
    ref(topic),
    'Without this policy SNS cannot write to the queues and every message is silently dropped. It is scoped to this topic.',
  );
  consumers.forEach((consumer, index) => {
    queueSubscription(t, {
      id: `${consumer.name}Subscription`,
      topic,
      queue: queues[consumer.name].queue,
      filterPolicy: consumer.filterPolicy,
      comment: index === 0 ? 'Each subscription delivers the raw message to one queue.' : undefined,
    });
  });
  return { topic, queues, policy };
}

export function fanoutOutputs(t: TemplateBuilder, ids: FanoutIds, sampleEvent: string): void {
  t.output(`${ids.topic}Arn`, { Description: 'Publish events to this topic', Value: ref(ids.topic) });
  for (const [name, queue] of Object.entries(ids.queues)) {
    t.output(`${name}QueueUrl`, { Description: `${name}'s queue`, Value: ref(queue.queue) });
  }
  t.output('PublishCommand', {
    Description: 'Try it: publish an event',
    Value: sub(`aws sns publish --topic-arn \${${ids.topic}} --message '{"orderId":"42"}' --message-attributes '${sampleEvent}'`),
  });
}
