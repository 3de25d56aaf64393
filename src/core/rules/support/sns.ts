/** SNS topics: FIFO-ness, subscriptions in all their forms, and topic policies. */
import { intrinsicName, isMap, isSeq, mapGet, type CfnNode, type TemplatePath } from '../../parse/nodes';
import type { Resource, Template } from '../../model/template';
import { resolveBoolean, resolveString } from '../../model/values';
import { policiesByTarget, referencedResource, samEvents, type AttachedPolicies } from './eventSources';

export const TOPIC_TYPE = 'AWS::SNS::Topic';

/** True/false when the template decides it; a missing `FifoTopic` means a standard topic. */
export function isFifoTopic(template: Template, topic: Resource): boolean | undefined {
  const flag = mapGet(topic.properties, 'FifoTopic');
  return flag === undefined ? false : resolveBoolean(template, flag);
}

export interface SnsSubscription {
  topic: Resource;
  /** Lower-case protocol when the template decides it. */
  protocol: string | undefined;
  /** Where the protocol is written (for a SAM event, its `Type`). */
  protocolPath: TemplatePath;
  endpoint: CfnNode | undefined;
  endpointPath: TemplatePath;
  /** The subscription resource, the topic (inline subscription) or the SAM function. */
  ownerId: string;
}

/** `AWS::SNS::Subscription`s, topics' inline `Subscription` lists and SAM `SNS` events. */
export function snsSubscriptions(template: Template): SnsSubscription[] {
  const out: SnsSubscription[] = [];
  const pathOf = (node: CfnNode | undefined, fallback: TemplatePath) => (node ? template.pathOf(node) : undefined) ?? fallback;
  for (const subscription of template.resourcesOfType('AWS::SNS::Subscription')) {
    const topic = referencedResource(template, mapGet(subscription.properties, 'TopicArn'), [TOPIC_TYPE]);
    if (!topic) continue;
    const base = ['Resources', subscription.id, 'Properties'];
    const protocol = mapGet(subscription.properties, 'Protocol');
    const endpoint = mapGet(subscription.properties, 'Endpoint');
    out.push({
      topic,
      protocol: resolveString(template, protocol)?.toLowerCase(),
      protocolPath: pathOf(protocol, base),
      endpoint,
      endpointPath: pathOf(endpoint, base),
      ownerId: subscription.id,
    });
  }
  for (const topic of template.resourcesOfType(TOPIC_TYPE)) {
    const list = mapGet(topic.properties, 'Subscription');
    if (!isSeq(list)) continue;
    list.items.forEach((item, index) => {
      if (!isMap(item)) return;
      const base = ['Resources', topic.id, 'Properties', 'Subscription', index];
      const protocol = mapGet(item, 'Protocol');
      const endpoint = mapGet(item, 'Endpoint');
      out.push({
        topic,
        protocol: resolveString(template, protocol)?.toLowerCase(),
        protocolPath: pathOf(protocol, base),
        endpoint,
        endpointPath: pathOf(endpoint, base),
        ownerId: topic.id,
      });
    });
  }
  for (const event of samEvents(template)) {
    if (event.type !== 'SNS') continue;
    const topicNode = mapGet(event.properties, 'Topic');
    const topic = referencedResource(template, topicNode, [TOPIC_TYPE]);
    if (!topic) continue;
    out.push({
      topic,
      protocol: samSnsProtocol(template, mapGet(event.properties, 'SqsSubscription')),
      protocolPath: event.typePath,
      endpoint: undefined,
      endpointPath: event.typePath,
      ownerId: event.functionId,
    });
  }
  return out;
}

/** With `SqsSubscription` (true, or a queue configuration) SAM puts a queue between topic and function. */
function samSnsProtocol(template: Template, sqsSubscription: CfnNode | undefined): string | undefined {
  if (sqsSubscription === undefined) return 'lambda';
  if (isMap(sqsSubscription) && !intrinsicName(sqsSubscription)) return 'sqs';
  const flag = resolveBoolean(template, sqsSubscription);
  return flag === undefined ? undefined : flag ? 'sqs' : 'lambda';
}

/** `AWS::SNS::TopicPolicy` (`Topics`) and `AWS::SNS::TopicInlinePolicy` (`TopicArn`), by topic. */
export function topicPolicies(template: Template): Map<string, AttachedPolicies> {
  const out = policiesByTarget(template, 'AWS::SNS::TopicPolicy', 'Topics', TOPIC_TYPE);
  for (const [topicId, inline] of policiesByTarget(template, 'AWS::SNS::TopicInlinePolicy', 'TopicArn', TOPIC_TYPE)) {
    const existing = out.get(topicId);
    if (!existing) out.set(topicId, inline);
    else out.set(topicId, { policies: [...existing.policies, ...inline.policies], statements: existing.statements && inline.statements ? [...existing.statements, ...inline.statements] : undefined });
  }
  return out;
}
