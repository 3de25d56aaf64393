import { mapGet } from '../../parse/nodes';
import { resolveNumber } from '../../model/values';
import { setScalarValue } from '../../edit/templateEdits';
import { lambdaEventSources } from '../support/eventSources';
import { isFifoQueue, QUEUE_TYPE } from '../support/sqs';
import type { Rule } from '../types';

const MAX_FIFO_BATCH = 10;

export const sqsFifoLambdaBatchSize: Rule = {
  meta: {
    id: 'AL410',
    name: 'sqs-fifo-lambda-batch-size',
    category: 'messaging',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
    description: {
      en: 'Lambda reads a FIFO queue with a batch size above 10',
      ko: 'Lambda가 FIFO 큐를 10보다 큰 배치 크기로 읽음',
    },
    messages: {
      batchTooLarge: {
        en: "Function '{function}' reads FIFO queue '{queue}' with BatchSize {size}; FIFO queues hand Lambda at most {max} messages per batch, so the mapping can't be created.",
        ko: "함수 '{function}'가 FIFO 큐 '{queue}'를 BatchSize {size}로 읽습니다. FIFO 큐는 Lambda에 배치당 최대 {max}개 메시지만 넘기므로 매핑을 만들 수 없습니다.",
      },
    },
    lesson: {
      why: {
        en: 'Batches from a standard queue can hold up to 10,000 messages with a batching window, but a FIFO queue keeps order per message group and delivers at most 10 messages per batch. A larger BatchSize is rejected.',
        ko: '표준 큐의 배치는 배치 창과 함께 최대 10,000개 메시지를 담을 수 있지만, FIFO 큐는 메시지 그룹별 순서를 지키며 배치당 최대 10개만 전달합니다. 더 큰 BatchSize는 거부됩니다.',
      },
      scenario: {
        en: 'The SQS notes on FIFO queues: ordering is guaranteed, so throughput is limited (300 messages per second, 3,000 with batching), and a consumer receives at most 10 messages at a time.',
        ko: 'SQS 노트의 FIFO 큐 정리: 순서를 보장하기 때문에 처리량에 제한이 있고(초당 300개, 배치 시 3,000개), 소비자는 한 번에 최대 10개 메시지를 받습니다.',
      },
      answer: {
        en: 'Use BatchSize 10 or less for FIFO queues. Scale through more message groups rather than bigger batches.',
        ko: 'FIFO 큐에는 BatchSize를 10 이하로 쓰세요. 배치를 키우기보다 메시지 그룹을 늘려 확장하세요.',
      },
    },
    seeds: ['003'],
    cfnLintOverlap: ['E3705'],
    fixes: {
      setMax: { en: 'Set BatchSize to 10', ko: 'BatchSize를 10으로 설정' },
    },
  },
  check({ template, report }) {
    for (const source of lambdaEventSources(template)) {
      const queue = source.source;
      if (queue?.type !== QUEUE_TYPE || isFifoQueue(template, queue) !== true) continue;
      const node = mapGet(source.properties, 'BatchSize');
      const size = resolveNumber(template, node);
      if (!node || size === undefined || size <= MAX_FIFO_BATCH) continue;
      report({
        messageId: 'batchTooLarge',
        path: template.pathOf(node) ?? [...source.propertiesPath, 'BatchSize'],
        resourceId: source.ownerId,
        data: { function: source.functionId, queue: queue.id, size, max: MAX_FIFO_BATCH },
        fixes: setScalarValue(template, node, MAX_FIFO_BATCH, 'setMax'),
      });
    }
  },
};
