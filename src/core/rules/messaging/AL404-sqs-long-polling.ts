import { mapGet } from '../../parse/nodes';
import { resolveNumber } from '../../model/values';
import { setPropertyValue } from '../../edit/setProperty';
import { hasOpaqueProperties } from '../support/eventSources';
import { missingPropertyPath } from '../support/lambda';
import { QUEUE_TYPE, queueWorkers } from '../support/sqs';
import type { Rule } from '../types';

const MAX_WAIT_SECONDS = 20;

export const sqsLongPolling: Rule = {
  meta: {
    id: 'AL404',
    name: 'sqs-long-polling',
    category: 'messaging',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-short-and-long-polling.html',
    description: {
      en: 'SQS receive wait time above 20 s, or short polling by EC2/ECS workers',
      ko: 'SQS 수신 대기 시간이 20초를 넘거나 EC2/ECS 워커가 짧은 폴링을 사용함',
    },
    messages: {
      tooLong: {
        en: "Queue '{queue}' has ReceiveMessageWaitTimeSeconds {value}; long polling waits at most {max} s.",
        ko: "큐 '{queue}'의 ReceiveMessageWaitTimeSeconds가 {value}입니다. 롱 폴링은 최대 {max}초까지만 기다립니다.",
      },
      shortPolling: {
        en: "Queue '{queue}' is polled by '{workers}' with short polling (ReceiveMessageWaitTimeSeconds {value}); most receives come back empty and each one is still a billed request.",
        ko: "'{workers}'가 큐 '{queue}'를 짧은 폴링(ReceiveMessageWaitTimeSeconds {value})으로 가져옵니다. 대부분의 수신 요청이 빈손으로 돌아오지만 요청마다 비용이 청구됩니다.",
      },
      shortPollingDefault: {
        en: "Queue '{queue}' is polled by '{workers}' with short polling (ReceiveMessageWaitTimeSeconds not set, so 0); most receives come back empty and each one is still a billed request.",
        ko: "'{workers}'가 큐 '{queue}'를 짧은 폴링(ReceiveMessageWaitTimeSeconds 미설정, 즉 0)으로 가져옵니다. 대부분의 수신 요청이 빈손으로 돌아오지만 요청마다 비용이 청구됩니다.",
      },
    },
    lesson: {
      why: {
        en: 'With short polling a receive returns at once, usually empty, and the worker asks again: many requests, each billed, and extra latency. Long polling keeps the request open for 1–20 seconds until a message arrives, so there are fewer empty receives and messages are picked up sooner.',
        ko: '짧은 폴링에서는 수신 요청이 대개 빈 채로 즉시 돌아오고 워커가 다시 요청합니다. 요청이 많아지고 모두 과금되며 지연도 늘어납니다. 롱 폴링은 메시지가 올 때까지 요청을 1~20초 열어 두므로 빈 수신이 줄고 메시지를 더 빨리 가져갑니다.',
      },
      scenario: {
        en: 'The SQS notes on long polling: when the queue is empty, the consumer waits for a message to arrive instead of returning empty. The wait is 1 to 20 seconds, and it can be set by the consumer (WaitTimeSeconds) or at the queue level for every consumer.',
        ko: 'SQS 노트의 롱 폴링 정리: 큐에 메시지가 없으면 소비자는 빈 응답을 받는 대신 메시지가 들어올 때까지 기다립니다. 대기 시간은 1~20초이고, 소비자가(WaitTimeSeconds) 정하거나 큐 수준에서 모든 소비자에게 설정할 수 있습니다.',
      },
      answer: {
        en: 'Set ReceiveMessageWaitTimeSeconds on the queue to 20 (at most 20) for queues that EC2, ECS or Auto Scaling workers poll. Lambda event source mappings already long-poll.',
        ko: 'EC2, ECS, Auto Scaling 워커가 폴링하는 큐에는 ReceiveMessageWaitTimeSeconds를 20(최대 20)으로 설정하세요. Lambda 이벤트 소스 매핑은 이미 롱 폴링을 합니다.',
      },
    },
    seeds: ['003'],
    cfnLintOverlap: ['E3034'],
    fixes: {
      clamp: { en: 'Set ReceiveMessageWaitTimeSeconds to 20', ko: 'ReceiveMessageWaitTimeSeconds를 20으로 설정' },
      enableLongPolling: { en: 'Enable long polling (ReceiveMessageWaitTimeSeconds: 20)', ko: '롱 폴링 켜기 (ReceiveMessageWaitTimeSeconds: 20)' },
    },
  },
  check({ template, report }) {
    const queues = template.resourcesOfType(QUEUE_TYPE);
    if (queues.length === 0) return;
    const workers = queueWorkers(template);
    for (const queue of queues) {
      if (hasOpaqueProperties(queue)) continue;
      const node = mapGet(queue.properties, 'ReceiveMessageWaitTimeSeconds');
      const value = node ? resolveNumber(template, node) : 0;
      if (value === undefined) continue;
      const path = node ? (template.pathOf(node) ?? missingPropertyPath(queue)) : missingPropertyPath(queue);
      if (value > MAX_WAIT_SECONDS) {
        report({
          messageId: 'tooLong',
          path,
          resourceId: queue.id,
          data: { queue: queue.id, value, max: MAX_WAIT_SECONDS },
          fixes: setPropertyValue(template, queue, ['ReceiveMessageWaitTimeSeconds'], MAX_WAIT_SECONDS, 'clamp'),
        });
        continue;
      }
      // Lambda long-polls on its own; only compute that calls ReceiveMessage itself matters.
      const pollers = workers.get(queue.id);
      if (value !== 0 || !pollers) continue;
      report({
        messageId: node ? 'shortPolling' : 'shortPollingDefault',
        severity: 'info',
        path,
        resourceId: queue.id,
        data: { queue: queue.id, value, workers: pollers.map((w) => w.id).join("', '") },
        fixes: setPropertyValue(template, queue, ['ReceiveMessageWaitTimeSeconds'], MAX_WAIT_SECONDS, 'enableLongPolling'),
      });
    }
  },
};
