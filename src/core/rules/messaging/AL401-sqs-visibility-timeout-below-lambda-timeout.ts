import { mapGet } from '../../parse/nodes';
import { resolveNumber } from '../../model/values';
import { setPropertyValue } from '../../edit/setProperty';
import { hasOpaqueProperties, lambdaEventSources } from '../support/eventSources';
import { effectiveProperty, missingPropertyPath } from '../support/lambda';
import { QUEUE_TYPE } from '../support/sqs';
import type { Rule } from '../types';

const DEFAULT_VISIBILITY_SECONDS = 30;
const DEFAULT_LAMBDA_TIMEOUT_SECONDS = 3;
const RECOMMENDED_FACTOR = 6;

export const sqsVisibilityTimeoutBelowLambdaTimeout: Rule = {
  meta: {
    id: 'AL401',
    name: 'sqs-visibility-timeout-below-lambda-timeout',
    category: 'messaging',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
    description: {
      en: 'SQS visibility timeout shorter than the consuming Lambda function can run',
      ko: 'SQS 가시성 제한 시간이 소비하는 Lambda 함수의 실행 시간보다 짧음',
    },
    messages: {
      belowTimeout: {
        en: "Queue '{queue}' has VisibilityTimeout {visibility} s, below the {timeout} s Timeout of function '{function}'; CloudFormation rejects the event source mapping, and messages would reappear while still being processed.",
        ko: "큐 '{queue}'의 VisibilityTimeout이 {visibility}초로, 함수 '{function}'의 Timeout {timeout}초보다 짧습니다. CloudFormation이 이벤트 소스 매핑을 거부하며, 처리 중인 메시지가 다시 보이게 됩니다.",
      },
      belowRecommended: {
        en: "Queue '{queue}' has VisibilityTimeout {visibility} s, less than 6 × the {timeout} s Timeout of function '{function}' ({recommended} s recommended); a batch that is retried can be delivered twice.",
        ko: "큐 '{queue}'의 VisibilityTimeout이 {visibility}초로, 함수 '{function}'의 Timeout {timeout}초의 6배({recommended}초 권장)보다 짧습니다. 재시도되는 배치가 두 번 전달될 수 있습니다.",
      },
    },
    lesson: {
      why: {
        en: 'When a consumer receives a message, SQS hides it for the visibility timeout. If the timeout ends before the consumer deletes the message, the message becomes visible again and another consumer processes it a second time. Lambda may also retry a batch and wait between polls, so AWS recommends a visibility timeout of at least six times the function timeout.',
        ko: '소비자가 메시지를 받으면 SQS는 가시성 제한 시간 동안 그 메시지를 숨깁니다. 소비자가 메시지를 삭제하기 전에 제한 시간이 끝나면 메시지가 다시 보이고 다른 소비자가 한 번 더 처리합니다. Lambda는 배치를 재시도하고 폴링 사이에 기다리기도 하므로, AWS는 가시성 제한 시간을 함수 제한 시간의 6배 이상으로 권장합니다.',
      },
      scenario: {
        en: 'The SQS notes: while one consumer processes a message, nobody else sees it for the visibility timeout (30 s by default). If it is not deleted in time, the same or another consumer receives it again; ChangeMessageVisibility buys more time.',
        ko: 'SQS 노트: 한 소비자가 메시지를 처리하는 동안 가시성 제한 시간(기본 30초) 동안은 다른 누구도 그 메시지를 볼 수 없습니다. 제때 삭제되지 않으면 같은 소비자나 다른 소비자가 다시 받게 되며, ChangeMessageVisibility로 시간을 더 확보할 수 있습니다.',
      },
      answer: {
        en: 'Set the queue\'s VisibilityTimeout to at least six times the Timeout of every function that consumes it (plus the batching window, if any).',
        ko: '큐의 VisibilityTimeout을 이 큐를 소비하는 모든 함수의 Timeout의 6배 이상(배치 창이 있다면 그만큼 더)으로 설정하세요.',
      },
    },
    seeds: ['003'],
    cfnLintOverlap: ['E3505'],
    fixes: {
      setRecommended: { en: 'Set VisibilityTimeout to 6 × the function timeout', ko: 'VisibilityTimeout을 함수 제한 시간의 6배로 설정' },
    },
  },
  check({ template, report }) {
    // Queue → its slowest consumer, since the visibility timeout has to cover every one.
    const slowest = new Map<string, { functionId: string; timeout: number }>();
    for (const source of lambdaEventSources(template)) {
      if (source.source?.type !== QUEUE_TYPE) continue;
      const fn = template.resources.get(source.functionId)!;
      const timeoutRef = effectiveProperty(template, fn, 'Timeout');
      const timeout = timeoutRef ? resolveNumber(template, timeoutRef.node) : DEFAULT_LAMBDA_TIMEOUT_SECONDS;
      if (timeout === undefined) continue;
      const current = slowest.get(source.source.id);
      if (!current || timeout > current.timeout) slowest.set(source.source.id, { functionId: fn.id, timeout });
    }
    for (const [queueId, consumer] of slowest) {
      const queue = template.resources.get(queueId)!;
      if (hasOpaqueProperties(queue)) continue;
      const visibilityNode = mapGet(queue.properties, 'VisibilityTimeout');
      const visibility = visibilityNode ? resolveNumber(template, visibilityNode) : DEFAULT_VISIBILITY_SECONDS;
      const recommended = RECOMMENDED_FACTOR * consumer.timeout;
      if (visibility === undefined || visibility >= recommended) continue;
      report({
        messageId: visibility < consumer.timeout ? 'belowTimeout' : 'belowRecommended',
        severity: visibility < consumer.timeout ? 'error' : 'warning',
        path: visibilityNode ? (template.pathOf(visibilityNode) ?? missingPropertyPath(queue)) : missingPropertyPath(queue),
        resourceId: queue.id,
        data: { queue: queue.id, visibility, function: consumer.functionId, timeout: consumer.timeout, recommended },
        fixes: setPropertyValue(template, queue, ['VisibilityTimeout'], recommended, 'setRecommended'),
      });
    }
  },
};
