import { toPlain } from '../../parse/nodes';
import type { PlainValue } from '../../edit/serialize';
import { grantOnResourcePolicy, policiesAllow, referencedResource } from '../support/eventSources';
import { snsSubscriptions } from '../support/sns';
import { QUEUE_TYPE, queuePolicies } from '../support/sqs';
import type { Rule } from '../types';

export const snsToSqsWithoutQueuePolicy: Rule = {
  meta: {
    id: 'AL406',
    name: 'sns-to-sqs-without-queue-policy',
    category: 'messaging',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/sns/latest/dg/subscribe-sqs-queue-to-sns-topic.html',
    description: {
      en: "SNS topic delivers to an SQS queue whose policy doesn't let SNS send",
      ko: 'SNS 토픽이 SNS의 전송을 허용하지 않는 SQS 큐로 메시지를 보냄',
    },
    messages: {
      noQueuePolicy: {
        en: "Topic '{topic}' delivers to queue '{queue}', but no AWS::SQS::QueuePolicy lets SNS send messages to it; every message published to the topic is dropped for this queue.",
        ko: "토픽 '{topic}'이 큐 '{queue}'로 메시지를 보내지만, SNS가 이 큐에 메시지를 보내도록 허용하는 AWS::SQS::QueuePolicy가 없습니다. 토픽에 발행된 모든 메시지가 이 큐에서는 버려집니다.",
      },
      policyDoesNotAllow: {
        en: "Topic '{topic}' delivers to queue '{queue}', but the queue policy '{policy}' doesn't allow sns.amazonaws.com (or this topic) to sqs:SendMessage; every message published to the topic is dropped for this queue.",
        ko: "토픽 '{topic}'이 큐 '{queue}'로 메시지를 보내지만, 큐 정책 '{policy}'가 sns.amazonaws.com(또는 이 토픽)의 sqs:SendMessage를 허용하지 않습니다. 토픽에 발행된 모든 메시지가 이 큐에서는 버려집니다.",
      },
    },
    lesson: {
      why: {
        en: 'Subscribing a queue to a topic is only half of the wiring. SNS writes into the queue as a service principal, and SQS rejects the write unless the queue policy allows it. The subscription still looks healthy, and the messages silently never arrive.',
        ko: '큐를 토픽에 구독시키는 것은 연결의 절반일 뿐입니다. SNS는 서비스 주체로서 큐에 쓰는데, 큐 정책이 허용하지 않으면 SQS가 그 쓰기를 거부합니다. 구독은 정상으로 보이지만 메시지는 조용히 도착하지 않습니다.',
      },
      scenario: {
        en: 'The fan-out pattern: a service publishes once to an SNS topic, and several SQS queues subscribed to it each receive a copy, gaining persistence, delayed processing and retries. The note adds that the SQS queue policy must allow SNS to write.',
        ko: '팬아웃 패턴: 서비스는 SNS 토픽에 한 번만 발행하고, 그 토픽을 구독한 여러 SQS 큐가 각각 사본을 받아 데이터 지속성, 지연 처리, 재처리를 얻습니다. 노트는 SQS 큐 정책에서 SNS의 쓰기를 허용해야 한다고 덧붙입니다.',
      },
      answer: {
        en: 'Attach an AWS::SQS::QueuePolicy to each subscribed queue that allows sns.amazonaws.com to sqs:SendMessage, scoped with an aws:SourceArn condition to the topic.',
        ko: '구독한 각 큐에 sns.amazonaws.com의 sqs:SendMessage를 허용하되 aws:SourceArn 조건으로 해당 토픽에만 한정하는 AWS::SQS::QueuePolicy를 붙이세요.',
      },
    },
    seeds: ['003'],
    fixes: {
      allowTopic: { en: 'Allow the topic to send to the queue (queue policy)', ko: '토픽이 큐에 보낼 수 있도록 허용 (큐 정책)' },
    },
  },
  check({ template, report }) {
    const subscriptions = snsSubscriptions(template).filter((s) => s.protocol === 'sqs');
    if (subscriptions.length === 0) return;
    const policies = queuePolicies(template);
    for (const subscription of subscriptions) {
      const queue = referencedResource(template, subscription.endpoint, [QUEUE_TYPE]);
      if (!queue) continue;
      // An imported topic is no resource of this template: any aws:SourceArn naming one excludes it.
      const topicId = subscription.topic?.id ?? '';
      const attached = policies.get(queue.id);
      if (policiesAllow(template, attached, { service: 'sns.amazonaws.com', actions: ['sqs:SendMessage'], sourceId: topicId })) continue;
      const topicArn = (subscription.topic ? { Ref: subscription.topic.id } : toPlain(subscription.topicArn)) as PlainValue;
      const grant = grantOnResourcePolicy(template, {
        targetId: queue.id,
        attached,
        policyType: 'AWS::SQS::QueuePolicy',
        targetsKey: 'Queues',
        newPolicyBase: `${queue.id}Policy`,
        statement: {
          Effect: 'Allow',
          Principal: { Service: 'sns.amazonaws.com' },
          Action: 'sqs:SendMessage',
          Resource: { 'Fn::GetAtt': [queue.id, 'Arn'] },
          Condition: { ArnEquals: { 'aws:SourceArn': topicArn } },
        },
      });
      report({
        messageId: attached ? 'policyDoesNotAllow' : 'noQueuePolicy',
        path: subscription.endpointPath,
        resourceId: subscription.ownerId,
        data: { topic: subscription.topicName, queue: queue.id, ...(attached ? { policy: attached.policies.map((p) => p.id).join("', '") } : {}) },
        fixes: grant ? [{ fixId: 'allowTopic', edits: grant.edits }] : [],
      });
    }
  },
};
