import { mapGet } from '../../parse/nodes';
import { resolveNumber } from '../../model/values';
import { setScalarValue } from '../../edit/templateEdits';
import { QUEUE_TYPE } from '../support/sqs';
import type { Rule } from '../types';

const MIN_BYTES = 1_024;
const MAX_BYTES = 1_048_576; // 1 MiB since August 2025 (256 KiB before)

export const sqsMessageSize: Rule = {
  meta: {
    id: 'AL405',
    name: 'sqs-message-size',
    category: 'messaging',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html',
    description: {
      en: 'SQS maximum message size outside 1 KiB – 1 MiB',
      ko: 'SQS 최대 메시지 크기가 1KiB ~ 1MiB 범위를 벗어남',
    },
    messages: {
      tooSmall: {
        en: "Queue '{queue}' has MaximumMessageSize {value} bytes; the smallest limit SQS accepts is {min} bytes.",
        ko: "큐 '{queue}'의 MaximumMessageSize가 {value}바이트입니다. SQS가 허용하는 가장 작은 한도는 {min}바이트입니다.",
      },
      tooLarge: {
        en: "Queue '{queue}' has MaximumMessageSize {value} bytes; SQS messages are at most {max} bytes (1 MiB). Put larger payloads in S3 and send a reference.",
        ko: "큐 '{queue}'의 MaximumMessageSize가 {value}바이트입니다. SQS 메시지는 최대 {max}바이트(1MiB)입니다. 더 큰 데이터는 S3에 두고 참조만 보내세요.",
      },
    },
    lesson: {
      why: {
        en: 'SQS messages are meant to be small: a queue accepts message size limits from 1 KiB to 1 MiB, and CloudFormation rejects anything else. Bigger payloads go to S3 and the message carries a pointer to the object (the claim-check pattern, which the SQS Extended Client Library implements).',
        ko: 'SQS 메시지는 작게 쓰도록 설계되었습니다. 큐의 메시지 크기 한도는 1KiB에서 1MiB 사이만 허용되고 다른 값은 CloudFormation이 거부합니다. 더 큰 데이터는 S3에 두고 메시지에는 객체를 가리키는 참조만 담습니다(클레임 체크 패턴, SQS Extended Client Library가 구현).',
      },
      scenario: {
        en: 'The SQS notes on standard queues: low-latency sends and receives, unlimited throughput, and small messages (under 256 KB).',
        ko: 'SQS 노트의 표준 큐 정리: 낮은 지연 시간의 송수신, 무제한 처리량, 그리고 작은 메시지(256KB 미만).',
      },
      answer: {
        en: 'Keep MaximumMessageSize between 1,024 and 1,048,576 bytes, and use S3 with a reference in the message for anything larger.',
        ko: 'MaximumMessageSize는 1,024에서 1,048,576바이트 사이로 두고, 그보다 큰 데이터는 S3에 저장한 뒤 메시지에 참조를 담으세요.',
      },
      changed: {
        en: 'The seed gives 256 KB as the limit. Since August 2025 SQS accepts messages up to 1 MiB (1,048,576 bytes), and this check uses the new limit.',
        ko: '노트에는 한도가 256KB로 적혀 있습니다. 2025년 8월부터 SQS는 최대 1MiB(1,048,576바이트) 메시지를 받으며, 이 검사는 새 한도를 기준으로 합니다.',
      },
    },
    seeds: ['003'],
    cfnLintOverlap: ['E3034'],
    fixes: {
      clamp: { en: 'Set MaximumMessageSize to the nearest allowed value', ko: 'MaximumMessageSize를 허용 범위의 가장 가까운 값으로 설정' },
    },
  },
  check({ template, report }) {
    for (const queue of template.resourcesOfType(QUEUE_TYPE)) {
      const node = mapGet(queue.properties, 'MaximumMessageSize');
      const value = resolveNumber(template, node);
      if (!node || value === undefined || (value >= MIN_BYTES && value <= MAX_BYTES)) continue;
      report({
        messageId: value < MIN_BYTES ? 'tooSmall' : 'tooLarge',
        path: template.pathOf(node) ?? ['Resources', queue.id, 'Properties', 'MaximumMessageSize'],
        resourceId: queue.id,
        data: { queue: queue.id, value, min: MIN_BYTES, max: MAX_BYTES },
        fixes: setScalarValue(template, node, value < MIN_BYTES ? MIN_BYTES : MAX_BYTES, 'clamp'),
      });
    }
  },
};
