import { mapGet } from '../../parse/nodes';
import { resolveBoolean } from '../../model/values';
import { replaceNode } from '../../edit/templateEdits';
import { setPropertyValue } from '../../edit/setProperty';
import { hasOpaqueProperties } from '../support/eventSources';
import { missingPropertyPath } from '../support/lambda';
import { isFifoTopic, snsSubscriptions, TOPIC_TYPE } from '../support/sns';
import { knownNameEnding } from '../support/sqs';
import type { Rule } from '../types';

export const snsFifoConstraints: Rule = {
  meta: {
    id: 'AL408',
    name: 'sns-fifo-constraints',
    category: 'messaging',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/sns/latest/dg/sns-fifo-topics.html',
    description: {
      en: "SNS FIFO topic without a '.fifo' name, or with a subscriber that is not an SQS queue",
      ko: "이름이 '.fifo'로 끝나지 않거나 SQS 큐가 아닌 구독자가 있는 SNS FIFO 토픽",
    },
    messages: {
      missingSuffix: {
        en: "FIFO topic '{topic}' is named '{name}'; a FIFO topic's name must end in '.fifo', so the topic can't be created.",
        ko: "FIFO 토픽 '{topic}'의 이름이 '{name}'입니다. FIFO 토픽 이름은 '.fifo'로 끝나야 하므로 토픽을 만들 수 없습니다.",
      },
      notFifo: {
        en: "Topic '{topic}' is named '{name}' but is not a FIFO topic (FifoTopic is not true); only FIFO topic names may end in '.fifo'.",
        ko: "토픽 '{topic}'의 이름은 '{name}'이지만 FIFO 토픽이 아닙니다(FifoTopic이 true가 아님). '.fifo'로 끝나는 이름은 FIFO 토픽만 쓸 수 있습니다.",
      },
      nonSqsSubscriber: {
        en: "FIFO topic '{topic}' has a subscription with protocol '{protocol}'; SNS FIFO topics deliver only to SQS queues (FIFO or standard).",
        ko: "FIFO 토픽 '{topic}'에 프로토콜이 '{protocol}'인 구독이 있습니다. SNS FIFO 토픽은 SQS 큐(FIFO 또는 표준)로만 전달합니다.",
      },
    },
    lesson: {
      why: {
        en: "An SNS FIFO topic keeps strict ordering and deduplication end to end, which only SQS queues can continue. It accepts no Lambda, HTTP, email or SMS subscriber, and like FIFO queues its name must end in '.fifo'.",
        ko: "SNS FIFO 토픽은 엄격한 순서와 중복 제거를 끝까지 유지하는데, 이를 이어받을 수 있는 것은 SQS 큐뿐입니다. Lambda, HTTP, 이메일, SMS 구독자는 받을 수 없고, FIFO 큐처럼 이름이 '.fifo'로 끝나야 합니다.",
      },
      scenario: {
        en: 'The SNS notes on SNS FIFO: ordering and deduplication like SQS FIFO, the same throughput as SQS FIFO, and only SQS standard and FIFO queues as subscribers; other services cannot subscribe.',
        ko: 'SNS 노트의 SNS FIFO 정리: SQS FIFO와 같은 순서 보장과 중복 제거, SQS FIFO와 같은 처리량, 그리고 구독자는 SQS 표준 큐와 FIFO 큐만 가능하며 다른 서비스는 구독할 수 없습니다.',
      },
      answer: {
        en: "Name FIFO topics with a '.fifo' suffix and fan out to SQS queues. Let a Lambda function or other consumer read from such a queue, not from the topic.",
        ko: "FIFO 토픽 이름에 '.fifo'를 붙이고 SQS 큐로 팬아웃하세요. Lambda 함수 등 다른 소비자는 토픽이 아니라 그 큐에서 읽게 하세요.",
      },
    },
    seeds: ['003'],
    fixes: {
      appendSuffix: { en: "Append '.fifo' to the topic name", ko: "토픽 이름 뒤에 '.fifo' 붙이기" },
      setFifo: { en: 'Set FifoTopic: true', ko: 'FifoTopic: true로 설정' },
    },
  },
  check({ template, report }) {
    const topics = template.resourcesOfType(TOPIC_TYPE);
    if (topics.length === 0) return;
    for (const topic of topics) {
      if (hasOpaqueProperties(topic)) continue;
      const nameNode = mapGet(topic.properties, 'TopicName');
      const ending = knownNameEnding(template, nameNode);
      const fifoNode = mapGet(topic.properties, 'FifoTopic');
      const fifo = fifoNode === undefined ? false : resolveBoolean(template, fifoNode);
      if (!nameNode || !ending || fifo === undefined) continue;
      const hasSuffix = ending.text.endsWith('.fifo');
      if (fifo && !hasSuffix) {
        report({
          messageId: 'missingSuffix',
          path: template.pathOf(nameNode) ?? missingPropertyPath(topic),
          resourceId: topic.id,
          data: { topic: topic.id, name: ending.name },
          fixes: ending.literal ? [{ fixId: 'appendSuffix', edits: [replaceNode(template, ending.literal, `${ending.literal.value}.fifo`)] }] : [],
        });
      } else if (!fifo && hasSuffix) {
        // Standard topic names can't contain a dot; the user meant a FIFO topic.
        report({
          messageId: 'notFifo',
          path: fifoNode ? (template.pathOf(fifoNode) ?? missingPropertyPath(topic)) : missingPropertyPath(topic),
          resourceId: topic.id,
          data: { topic: topic.id, name: ending.name },
          fixes: setPropertyValue(template, topic, ['FifoTopic'], true, 'setFifo'),
        });
      }
    }
    for (const subscription of snsSubscriptions(template)) {
      const topic = subscription.topic;
      if (!topic || !subscription.protocol || subscription.protocol === 'sqs' || isFifoTopic(template, topic) !== true) continue;
      report({
        messageId: 'nonSqsSubscriber',
        path: subscription.protocolPath,
        resourceId: subscription.ownerId,
        data: { topic: topic.id, protocol: subscription.protocol },
      });
    }
  },
};
