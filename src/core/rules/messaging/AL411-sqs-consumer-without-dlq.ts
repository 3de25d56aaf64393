import { mapGet } from '../../parse/nodes';
import type { Resource, Template } from '../../model/template';
import { isAbsent } from '../../model/values';
import { addResource, freshLogicalId, setResourceProperty } from '../../edit/templateEdits';
import { combineInsertions } from '../../edit/combine';
import { hasOpaqueProperties, referencedResource } from '../support/eventSources';
import { missingPropertyPath } from '../support/lambda';
import { isFifoQueue, QUEUE_TYPE, queueConsumers } from '../support/sqs';
import type { ReportDescriptor, Rule } from '../types';

const MAX_RECEIVE_COUNT = 5;
const DLQ_RETENTION_SECONDS = 1_209_600; // keep failures the full 14 days for inspection

export const sqsConsumerWithoutDlq: Rule = {
  meta: {
    id: 'AL411',
    name: 'sqs-consumer-without-dlq',
    category: 'messaging',
    severity: 'info',
    docsUrl: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html',
    description: {
      en: 'Consumed SQS queue without a dead-letter queue',
      ko: '소비되는 SQS 큐에 배달 못한 편지 큐(DLQ)가 없음',
    },
    messages: {
      noDlq: {
        en: "Queue '{queue}' is consumed by '{consumers}' but has no RedrivePolicy; a message that always fails returns to the queue again and again until it expires.",
        ko: "큐 '{queue}'를 '{consumers}'가 소비하지만 RedrivePolicy가 없습니다. 매번 처리에 실패하는 메시지는 만료될 때까지 계속 큐로 되돌아옵니다.",
      },
    },
    lesson: {
      why: {
        en: 'A message that makes the consumer fail (a poison message) is never deleted, so it becomes visible again after every visibility timeout and is retried until its retention ends. It costs a consumer on every retry and can block a FIFO message group. A redrive policy moves it aside after maxReceiveCount attempts.',
        ko: '소비자를 실패하게 만드는 메시지(포이즌 메시지)는 삭제되지 않으므로 가시성 제한 시간이 끝날 때마다 다시 보이고, 보존 기간이 끝날 때까지 재시도됩니다. 재시도마다 소비자 자원을 쓰고 FIFO 메시지 그룹을 막을 수도 있습니다. 재드라이브 정책(RedrivePolicy)은 maxReceiveCount번 시도한 뒤 그 메시지를 옆으로 옮깁니다.',
      },
      scenario: {
        en: 'The SQS notes: a consumer must delete each message after processing it. A message that is not deleted becomes visible again when its visibility timeout ends, and the same or another consumer receives it again.',
        ko: 'SQS 노트: 소비자는 처리를 마친 메시지를 삭제해야 합니다. 삭제되지 않은 메시지는 가시성 제한 시간이 끝나면 다시 보이고, 같은 소비자나 다른 소비자가 다시 받게 됩니다.',
      },
      answer: {
        en: 'Give every consumed queue a dead-letter queue of the same type (FIFO or standard) through RedrivePolicy with a maxReceiveCount, and alarm on messages arriving there.',
        ko: '소비되는 모든 큐에 같은 유형(FIFO 또는 표준)의 배달 못한 편지 큐를 maxReceiveCount와 함께 RedrivePolicy로 연결하고, 그 큐에 메시지가 쌓이면 알람을 보내세요.',
      },
    },
    seeds: ['003'],
    fixes: {
      addDlq: { en: 'Add a dead-letter queue and a RedrivePolicy', ko: 'DLQ와 RedrivePolicy 추가' },
    },
  },
  check({ template, report }) {
    const consumers = queueConsumers(template);
    if (consumers.size === 0) return;
    const deadLetterQueues = deadLetterTargets(template);
    for (const [queueId, { lambda, workers }] of consumers) {
      const queue = template.resources.get(queueId)!;
      if (hasOpaqueProperties(queue)) continue;
      // A DLQ being drained is the end of the line; a DLQ for the DLQ is not the lesson.
      if (deadLetterQueues.has(queueId) || !isAbsent(mapGet(queue.properties, 'RedrivePolicy'))) continue;
      const names = [...new Set([...lambda.map((s) => s.functionId), ...workers.map((w) => w.id)])];
      report({
        messageId: 'noDlq',
        path: missingPropertyPath(queue),
        resourceId: queue.id,
        data: { queue: queue.id, consumers: names.join("', '") },
        fixes: addDeadLetterQueue(template, queue),
      });
    }
  },
};

function deadLetterTargets(template: Template): Set<string> {
  const out = new Set<string>();
  for (const queue of template.resourcesOfType(QUEUE_TYPE)) {
    const target = referencedResource(template, mapGet(mapGet(queue.properties, 'RedrivePolicy'), 'deadLetterTargetArn'), [QUEUE_TYPE]);
    if (target) out.add(target.id);
  }
  return out;
}

function addDeadLetterQueue(template: Template, queue: Resource): ReportDescriptor['fixes'] {
  const fifo = isFifoQueue(template, queue);
  if (fifo === undefined) return [];
  const dlqId = freshLogicalId(template, `${queue.id}DLQ`);
  // A FIFO queue can only redrive into a FIFO queue, and a standard one into a standard one.
  const add = addResource(template, dlqId, {
    Type: QUEUE_TYPE,
    Properties: { ...(fifo ? { FifoQueue: true } : {}), MessageRetentionPeriod: DLQ_RETENTION_SECONDS },
  });
  const redrive = setResourceProperty(template, queue, ['RedrivePolicy'], { deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] }, maxReceiveCount: MAX_RECEIVE_COUNT }, 'addDlq');
  if (!add || redrive.length === 0) return [];
  // Read order: the redrive policy ends the queue, then the new queue follows.
  return [{ fixId: 'addDlq', edits: combineInsertions([...redrive[0].edits, add]) }];
}
