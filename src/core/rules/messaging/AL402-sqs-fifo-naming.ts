import { mapGet } from '../../parse/nodes';
import { resolveBoolean } from '../../model/values';
import { replaceNode } from '../../edit/templateEdits';
import { setPropertyValue } from '../../edit/setProperty';
import { hasOpaqueProperties } from '../support/eventSources';
import { missingPropertyPath } from '../support/lambda';
import { knownNameEnding, QUEUE_TYPE } from '../support/sqs';
import type { Rule } from '../types';

export const sqsFifoNaming: Rule = {
  meta: {
    id: 'AL402',
    name: 'sqs-fifo-naming',
    category: 'messaging',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-fifo-queues.html',
    description: {
      en: "FIFO queue name and FifoQueue disagree about '.fifo'",
      ko: "FIFO 큐 이름의 '.fifo'와 FifoQueue 설정이 맞지 않음",
    },
    messages: {
      missingSuffix: {
        en: "FIFO queue '{queue}' is named '{name}'; a FIFO queue's name must end in '.fifo', so the queue can't be created.",
        ko: "FIFO 큐 '{queue}'의 이름이 '{name}'입니다. FIFO 큐 이름은 '.fifo'로 끝나야 하므로 큐를 만들 수 없습니다.",
      },
      notFifo: {
        en: "Queue '{queue}' is named '{name}' but FifoQueue is false; only a FIFO queue may have a name ending in '.fifo'.",
        ko: "큐 '{queue}'의 이름은 '{name}'이지만 FifoQueue가 false입니다. '.fifo'로 끝나는 이름은 FIFO 큐만 쓸 수 있습니다.",
      },
      fifoMissing: {
        en: "Queue '{queue}' is named '{name}' but doesn't set FifoQueue: true; only a FIFO queue may have a name ending in '.fifo'.",
        ko: "큐 '{queue}'의 이름은 '{name}'이지만 FifoQueue: true가 설정되어 있지 않습니다. '.fifo'로 끝나는 이름은 FIFO 큐만 쓸 수 있습니다.",
      },
    },
    lesson: {
      why: {
        en: "SQS tells FIFO queues from standard ones by name as well as by attribute: a FIFO queue's name must end in '.fifo', and a standard queue's name may not. CloudFormation fails to create a queue where the two disagree.",
        ko: "SQS는 속성뿐 아니라 이름으로도 FIFO 큐와 표준 큐를 구분합니다. FIFO 큐 이름은 '.fifo'로 끝나야 하고 표준 큐 이름은 그럴 수 없습니다. 둘이 어긋나면 CloudFormation이 큐를 만들지 못합니다.",
      },
      scenario: {
        en: "The SQS notes on FIFO queues: first-in first-out delivery, exactly-once processing with deduplication, 300 messages per second (3,000 with batching), and a name that must end in '.fifo'.",
        ko: "SQS 노트의 FIFO 큐 정리: 선입선출 전달, 중복 제거를 통한 정확히 한 번 처리, 초당 300개(배치 시 3,000개) 처리량, 그리고 이름 뒤에 반드시 '.fifo'를 붙여야 한다는 점.",
      },
      answer: {
        en: "Give FIFO queues (FifoQueue: true) a name ending in '.fifo', or leave QueueName out and let CloudFormation generate one.",
        ko: "FIFO 큐(FifoQueue: true)에는 '.fifo'로 끝나는 이름을 주거나, QueueName을 생략해 CloudFormation이 이름을 만들게 하세요.",
      },
    },
    seeds: ['003'],
    cfnLintOverlap: ['E3501'],
    fixes: {
      appendSuffix: { en: "Append '.fifo' to the queue name", ko: "큐 이름 뒤에 '.fifo' 붙이기" },
      setFifo: { en: 'Set FifoQueue: true', ko: 'FifoQueue: true로 설정' },
    },
  },
  check({ template, report }) {
    for (const queue of template.resourcesOfType(QUEUE_TYPE)) {
      if (hasOpaqueProperties(queue)) continue;
      const nameNode = mapGet(queue.properties, 'QueueName');
      const ending = knownNameEnding(template, nameNode);
      if (!nameNode || !ending) continue;
      const fifoNode = mapGet(queue.properties, 'FifoQueue');
      const fifo = fifoNode === undefined ? false : resolveBoolean(template, fifoNode);
      if (fifo === undefined) continue;
      const hasSuffix = ending.text.endsWith('.fifo');
      if (fifo && !hasSuffix) {
        report({
          messageId: 'missingSuffix',
          path: template.pathOf(nameNode) ?? missingPropertyPath(queue),
          resourceId: queue.id,
          data: { queue: queue.id, name: ending.name },
          fixes: ending.literal ? [{ fixId: 'appendSuffix', edits: [replaceNode(template, ending.literal, `${ending.literal.value}.fifo`)] }] : [],
        });
      } else if (!fifo && hasSuffix) {
        report({
          messageId: fifoNode ? 'notFifo' : 'fifoMissing',
          path: fifoNode ? (template.pathOf(fifoNode) ?? missingPropertyPath(queue)) : missingPropertyPath(queue),
          resourceId: queue.id,
          data: { queue: queue.id, name: ending.name },
          fixes: setPropertyValue(template, queue, ['FifoQueue'], true, 'setFifo'),
        });
      }
    }
  },
};
