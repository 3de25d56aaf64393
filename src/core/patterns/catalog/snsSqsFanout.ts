import { fanoutOutputs, snsSqsFanout, type FanoutConsumer } from '../blocks/fanout';
import type { PatternDefinition } from '../types';

export const ORDER_EVENT_ATTRIBUTES = JSON.stringify({ eventType: { DataType: 'String', StringValue: 'OrderPlaced' } });

export const snsSqsFanoutPattern: PatternDefinition = {
  id: 'sns-sqs-fanout',
  version: '1.0.0',
  title: { en: 'SNS + SQS fan-out', ko: 'SNS + SQS 팬아웃' },
  description: {
    en: 'One SNS topic delivers every event to several SQS queues, each with a dead-letter queue and a queue policy scoped to the topic; filter policies optionally route event types.',
    ko: 'SNS 주제 하나가 여러 SQS 대기열로 이벤트를 전달합니다. 각 대기열에는 DLQ와 주제로 범위를 제한한 대기열 정책이 있으며, 필터 정책으로 이벤트 유형을 나눌 수 있습니다.',
  },
  seeds: ['003'],
  scenario: {
    en: 'An order event must reach shipping, billing and analytics: publish once to SNS and let each service read its own SQS queue, so a slow or failing consumer never blocks the others.',
    ko: '주문 이벤트가 배송·결제·분석 서비스에 모두 전달되어야 합니다. SNS에 한 번 게시하고 서비스마다 자기 SQS 대기열을 읽게 하면, 느리거나 실패하는 소비자가 다른 소비자를 막지 않습니다.',
  },
  keywords: ['sns', 'sqs', 'fan-out', 'pub/sub', 'queue policy', 'filter', '팬아웃'],
  options: [
    {
      kind: 'choice',
      key: 'queues',
      title: { en: 'Queues', ko: '대기열 수' },
      description: { en: 'How many subscriber queues', ko: '구독 대기열 개수' },
      default: '3',
      choices: [
        { value: '2', title: { en: 'Two: shipping and billing', ko: '2개: 배송, 결제' } },
        { value: '3', title: { en: 'Three: shipping, billing and analytics', ko: '3개: 배송, 결제, 분석' } },
      ],
    },
    {
      kind: 'toggle',
      key: 'filters',
      title: { en: 'Filter policies', ko: '필터 정책' },
      description: { en: 'Route event types to the queues that want them', ko: '이벤트 유형을 원하는 대기열에만 전달' },
      default: true,
    },
  ],
  build(t, options) {
    const filters = options.filters === true;
    const consumers: FanoutConsumer[] = [
      { name: 'Shipping', filterPolicy: filters ? { eventType: ['OrderPlaced'] } : undefined },
      { name: 'Billing', filterPolicy: filters ? { eventType: ['OrderPlaced', 'OrderCancelled'] } : undefined },
    ];
    if (options.queues === '3') consumers.push({ name: 'Analytics' });
    const ids = snsSqsFanout(t, 'OrderEventsTopic', consumers, 'Publishers send each order event once; SNS copies it to every subscribed queue.');
    fanoutOutputs(t, ids, ORDER_EVENT_ATTRIBUTES);
  },
};
