import { mapGet } from '../../parse/nodes';
import { resolveNumber } from '../../model/values';
import { setScalarValue } from '../../edit/templateEdits';
import { QUEUE_TYPE } from '../support/sqs';
import type { Rule } from '../types';

const MIN_SECONDS = 60;
const MAX_SECONDS = 1_209_600; // 14 days

export const sqsRetentionRange: Rule = {
  meta: {
    id: 'AL403',
    name: 'sqs-retention-range',
    category: 'messaging',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html',
    description: {
      en: 'SQS message retention outside 60 seconds – 14 days',
      ko: 'SQS 메시지 보존 기간이 60초 ~ 14일 범위를 벗어남',
    },
    messages: {
      tooShort: {
        en: "Queue '{queue}' has MessageRetentionPeriod {value} s; SQS keeps messages for at least {min} s.",
        ko: "큐 '{queue}'의 MessageRetentionPeriod가 {value}초입니다. SQS는 메시지를 최소 {min}초 동안 보관합니다.",
      },
      tooLong: {
        en: "Queue '{queue}' has MessageRetentionPeriod {value} s; SQS keeps messages for at most {max} s (14 days).",
        ko: "큐 '{queue}'의 MessageRetentionPeriod가 {value}초입니다. SQS는 메시지를 최대 {max}초(14일)까지만 보관합니다.",
      },
    },
    lesson: {
      why: {
        en: 'A queue is a buffer, not a store. SQS deletes messages that are not consumed within the retention period, which can be set from 60 seconds to 14 days; CloudFormation rejects any other value.',
        ko: '큐는 저장소가 아니라 버퍼입니다. SQS는 보존 기간 안에 소비되지 않은 메시지를 삭제하며, 보존 기간은 60초에서 14일 사이로만 설정할 수 있습니다. 다른 값은 CloudFormation이 거부합니다.',
      },
      scenario: {
        en: 'The SQS notes on standard queues: messages are short-lived. They stay in the queue for 4 days by default and for at most 14 days, and consumers must receive them within that time.',
        ko: 'SQS 노트의 표준 큐 정리: 메시지는 수명이 짧습니다. 기본적으로 4일 동안 큐에 저장되고 최대 14일까지 유지되며, 소비자는 그 기간 안에 메시지를 받아야 합니다.',
      },
      answer: {
        en: 'Keep MessageRetentionPeriod between 60 and 1,209,600 seconds. Data that must live longer belongs in S3 or a database, with the message pointing to it.',
        ko: 'MessageRetentionPeriod는 60초에서 1,209,600초 사이로 두세요. 더 오래 남겨야 하는 데이터는 S3나 데이터베이스에 두고 메시지가 그 위치를 가리키게 하세요.',
      },
    },
    seeds: ['003'],
    cfnLintOverlap: ['E3034'],
    fixes: {
      clamp: { en: 'Set MessageRetentionPeriod to the nearest allowed value', ko: 'MessageRetentionPeriod를 허용 범위의 가장 가까운 값으로 설정' },
    },
  },
  check({ template, report }) {
    for (const queue of template.resourcesOfType(QUEUE_TYPE)) {
      const node = mapGet(queue.properties, 'MessageRetentionPeriod');
      const value = resolveNumber(template, node);
      if (!node || value === undefined || (value >= MIN_SECONDS && value <= MAX_SECONDS)) continue;
      const allowed = value < MIN_SECONDS ? MIN_SECONDS : MAX_SECONDS;
      report({
        messageId: value < MIN_SECONDS ? 'tooShort' : 'tooLong',
        path: template.pathOf(node) ?? ['Resources', queue.id, 'Properties', 'MessageRetentionPeriod'],
        resourceId: queue.id,
        data: { queue: queue.id, value, min: MIN_SECONDS, max: MAX_SECONDS },
        fixes: setScalarValue(template, node, allowed, 'clamp'),
      });
    }
  },
};
