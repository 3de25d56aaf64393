import { isSeq, mapGet } from '../../parse/nodes';
import { resolveString } from '../../model/values';
import type { EdgeContext } from './context';

/**
 * `subscribes`: SNS topic → the queue, function or other resource it delivers to, from an
 * `AWS::SNS::Subscription` (origin: the subscription resource) or a topic's inline
 * `Subscription` list (origin: the list entry). Detail: the protocol ("sqs", "lambda").
 * SAM `SNS` events are drawn with the other SAM events.
 */
export function addSubscriptionEdges(ctx: EdgeContext): void {
  for (const subscription of ctx.resourcesOf('AWS::SNS::Subscription')) {
    const properties = subscription.effectiveProperties;
    const protocol = resolveString(ctx.template, mapGet(properties, 'Protocol'));
    const endpoints = ctx.namedIn(mapGet(properties, 'Endpoint')).map(ctx.behindAlias);
    for (const topic of ctx.namedIn(mapGet(properties, 'TopicArn'))) {
      for (const endpoint of endpoints) ctx.link(topic, endpoint, 'subscribes', ['Resources', subscription.id], protocol);
    }
  }

  for (const topic of ctx.resourcesOf('AWS::SNS::Topic')) {
    const inline = mapGet(topic.effectiveProperties, 'Subscription');
    if (!isSeq(inline)) continue;
    for (const entry of inline.items) {
      const protocol = resolveString(ctx.template, mapGet(entry, 'Protocol'));
      for (const endpoint of ctx.namedIn(mapGet(entry, 'Endpoint'))) ctx.link(topic.id, ctx.behindAlias(endpoint), 'subscribes', entry, protocol);
    }
  }
}
