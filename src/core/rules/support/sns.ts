/** SNS topics: FIFO-ness, subscriptions in all their forms, and topic policies. */
import { intrinsicName, isMap, isSeq, mapGet, scalarString, type CfnNode, type TemplatePath } from '../../parse/nodes';
import type { Resource, Template } from '../../model/template';
import { resolveBoolean, resolveString } from '../../model/values';
import { policiesByTarget, referencedResource, referenceOf, samEvents, type AttachedPolicies } from './eventSources';

export const TOPIC_TYPE = 'AWS::SNS::Topic';

/** True/false when the template decides it; a missing `FifoTopic` means a standard topic. */
export function isFifoTopic(template: Template, topic: Resource): boolean | undefined {
  if (intrinsicName(topic.properties)) return undefined;
  const flag = mapGet(topic.properties, 'FifoTopic');
  return flag === undefined ? false : resolveBoolean(template, flag);
}

export interface SnsSubscription {
  /** The topic when this template creates it; undefined for an imported or passed-in topic. */
  topic: Resource | undefined;
  /** The `TopicArn` as written (a `Ref`, an import, a literal ARN). */
  topicArn: CfnNode | undefined;
  /** A name for messages: the logical id, parameter, export or ARN's last part. */
  topicName: string;
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
    const topicArn = mapGet(subscription.properties, 'TopicArn');
    if (!topicArn) continue;
    const base = ['Resources', subscription.id, 'Properties'];
    const protocol = mapGet(subscription.properties, 'Protocol');
    const endpoint = mapGet(subscription.properties, 'Endpoint');
    out.push({
      topic: referencedResource(template, topicArn, [TOPIC_TYPE]),
      topicArn,
      topicName: topicLabel(template, topicArn),
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
        topicArn: undefined,
        topicName: topic.id,
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
      topicArn: topicNode,
      topicName: topic.id,
      protocol: samSnsProtocol(template, mapGet(event.properties, 'SqsSubscription')),
      protocolPath: event.typePath,
      endpoint: undefined,
      endpointPath: event.typePath,
      ownerId: event.functionId,
    });
  }
  return out;
}

/** How to name a topic that may come from outside the template. */
function topicLabel(template: Template, topicArn: CfnNode): string {
  const reference = referenceOf(topicArn);
  if (reference) return reference.id;
  const imported = scalarString(mapGet(topicArn, 'Fn::ImportValue'));
  if (imported) return imported;
  const literal = resolveString(template, topicArn);
  return literal ? literal.slice(literal.lastIndexOf(':') + 1) : 'topic';
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
    if (existing) existing.policies.push(...inline.policies);
    else out.set(topicId, inline);
  }
  return out;
}
