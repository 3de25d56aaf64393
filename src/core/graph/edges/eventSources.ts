import { isSeq, mapGet } from '../../parse/nodes';
import { resolveString } from '../../model/values';
import type { EdgeContext } from './context';

/** Event-source type names, as SAM spells them, for the resource that produces the events. */
const EVENT_SOURCE_NAMES: Readonly<Record<string, string>> = {
  'AWS::SQS::Queue': 'SQS',
  'AWS::Kinesis::Stream': 'Kinesis',
  'AWS::Kinesis::StreamConsumer': 'Kinesis',
  'AWS::DynamoDB::Table': 'DynamoDB',
  'AWS::DynamoDB::GlobalTable': 'DynamoDB',
  'AWS::MSK::Cluster': 'MSK',
  'AWS::MSK::ServerlessCluster': 'MSK',
  'AWS::AmazonMQ::Broker': 'MQ',
  'AWS::DocDB::DBCluster': 'DocumentDB',
};

/**
 * `triggers` written outside SAM events: event source mappings, S3 bucket notifications,
 * and CloudWatch Logs subscription filters.
 */
export function addEventSourceEdges(ctx: EdgeContext): void {
  addEventSourceMappings(ctx);
  addBucketNotifications(ctx);
  addLogSubscriptionFilters(ctx);
}

/**
 * Queue/stream/table → function. `EventSourceArn` is usually `GetAtt X.Arn` or
 * `GetAtt T.StreamArn`; a `Ref` is accepted too (MSK and MQ return their ARN from Ref).
 * Origin: the mapping resource, which is where the link is declared.
 */
function addEventSourceMappings(ctx: EdgeContext): void {
  for (const mapping of ctx.resourcesOf('AWS::Lambda::EventSourceMapping')) {
    const properties = mapping.effectiveProperties;
    const functions = ctx.namedIn(mapGet(properties, 'FunctionName')).map(ctx.behindAlias);
    for (const source of ctx.namedIn(mapGet(properties, 'EventSourceArn'))) {
      const detail = EVENT_SOURCE_NAMES[ctx.typeOf(source) ?? ''];
      for (const fn of functions) ctx.link(source, fn, 'triggers', ['Resources', mapping.id], detail);
    }
  }
}

const NOTIFICATION_TARGETS = [
  { list: 'LambdaConfigurations', target: 'Function' },
  { list: 'QueueConfigurations', target: 'Queue' },
  { list: 'TopicConfigurations', target: 'Topic' },
] as const;

/** Bucket → function/queue/topic, one edge per configuration entry; detail = the S3 event. */
function addBucketNotifications(ctx: EdgeContext): void {
  for (const bucket of ctx.resourcesOf('AWS::S3::Bucket')) {
    const notifications = mapGet(bucket.effectiveProperties, 'NotificationConfiguration');
    for (const { list, target } of NOTIFICATION_TARGETS) {
      const configurations = mapGet(notifications, list);
      if (!isSeq(configurations)) continue;
      for (const configuration of configurations.items) {
        const event = resolveString(ctx.template, mapGet(configuration, 'Event')) ?? 'S3';
        for (const to of ctx.namedIn(mapGet(configuration, target))) {
          ctx.link(bucket.id, ctx.behindAlias(to), 'triggers', configuration, event);
        }
      }
    }
  }
}

/** Log group → function/stream/firehose that receives its log events. */
function addLogSubscriptionFilters(ctx: EdgeContext): void {
  for (const filter of ctx.resourcesOf('AWS::Logs::SubscriptionFilter')) {
    const properties = filter.effectiveProperties;
    const destinations = ctx.namedIn(mapGet(properties, 'DestinationArn')).map(ctx.behindAlias);
    for (const logGroup of ctx.namedIn(mapGet(properties, 'LogGroupName'))) {
      for (const destination of destinations) ctx.link(logGroup, destination, 'triggers', ['Resources', filter.id], 'CloudWatchLogs');
    }
  }
}
