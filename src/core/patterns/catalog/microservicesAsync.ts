import { dynamoTable, tableAccess } from '../blocks/dynamodb';
import { fanoutOutputs, snsSqsFanout } from '../blocks/fanout';
import { eventSourceMapping, lambdaFunction } from '../blocks/lambda';
import { consumeQueue } from '../blocks/messaging';
import { serviceConsumerCode } from '../code/serviceConsumer';
import { getAtt, ref } from '../values';
import type { PatternDefinition } from '../types';
import { ORDER_EVENT_ATTRIBUTES } from './snsSqsFanout';

const SERVICES = ['Service1', 'Service2', 'Service3'] as const;
const FUNCTION_TIMEOUT = 10;

export const microservicesAsyncPattern: PatternDefinition = {
  id: 'microservices-async',
  version: '1.0.0',
  title: { en: 'Asynchronous microservices', ko: '비동기 마이크로서비스' },
  description: {
    en: 'An SNS topic fans events out to one SQS queue per service (each with a DLQ); a Lambda consumer per service records each event once in the service\'s own table.',
    ko: 'SNS 주제가 서비스마다 하나씩 있는 SQS 대기열(각각 DLQ 포함)로 이벤트를 팬아웃하고, 서비스별 Lambda 소비자가 각 이벤트를 서비스 전용 테이블에 한 번만 기록합니다.',
  },
  seeds: ['000', '001', '003'],
  scenario: {
    en: 'Microservices that talk asynchronously: a service puts a message on SNS/SQS and moves on without waiting for the answer; each service scales and fails on its own.',
    ko: '비동기로 통신하는 마이크로서비스: 서비스는 SNS/SQS에 메시지를 넣고 응답을 기다리지 않고 다음 일을 합니다. 각 서비스는 독립적으로 확장되고 독립적으로 실패합니다.',
  },
  keywords: ['microservices', 'msa', 'sns', 'sqs', 'lambda', 'dlq', 'event-driven', '마이크로서비스', '비동기'],
  options: [
    {
      kind: 'toggle',
      key: 'filters',
      title: { en: 'Filter policies', ko: '필터 정책' },
      description: { en: 'Service 3 only receives OrderShipped events', ko: '서비스 3은 OrderShipped 이벤트만 받음' },
      default: false,
    },
  ],
  build(t, options) {
    const ids = snsSqsFanout(
      t,
      'EventsTopic',
      SERVICES.map((name) => ({
        name,
        visibilityTimeout: 6 * FUNCTION_TIMEOUT,
        filterPolicy: options.filters === true && name === 'Service3' ? { eventType: ['OrderShipped'] } : undefined,
      })),
      'The event bus between services: a publisher never calls a consumer directly.',
    );
    for (const name of SERVICES) {
      const table = dynamoTable(t, { id: `${name}Table`, comment: `${name} owns its data; no other service reads this table.`, partitionKey: 'eventId' });
      const queue = ids.queues[name].queue;
      const fn = lambdaFunction(t, {
        id: `${name}Function`,
        comment: `${name}'s consumer: polls its queue in batches and reports failures per message.`,
        description: `Consumes ${name} events`,
        code: serviceConsumerCode,
        timeout: FUNCTION_TIMEOUT,
        environment: { TABLE_NAME: ref(table), SERVICE_NAME: name.toLowerCase() },
        statements: [consumeQueue(queue), tableAccess(table, 'write')],
      }).fn;
      eventSourceMapping(t, `${name}EventSource`, fn, getAtt(queue, 'Arn'), `Lambda polls ${name}'s queue; failed messages return to it and, after 5 tries, go to the DLQ.`, {
        batchSize: 10,
        batchWindow: 1,
      });
    }
    fanoutOutputs(t, ids, ORDER_EVENT_ATTRIBUTES.replace('OrderPlaced', 'OrderShipped'));
  },
};
