import { isMap, isSeq, mapGet, type CfnNode } from '../../parse/nodes';
import { INVOCABLE_TYPES, type EdgeContext } from './context';

/** Where a Firehose stream can put its records (the destination's own resource types). */
const FIREHOSE_DESTINATION_TYPES: ReadonlySet<string> = new Set([
  'AWS::S3::Bucket',
  'AWS::Redshift::Cluster',
  'AWS::RedshiftServerless::Workgroup',
  'AWS::OpenSearchService::Domain',
  'AWS::Elasticsearch::Domain',
  'AWS::OpenSearchServerless::Collection',
]);

const FIREHOSE_SOURCES: ReadonlyArray<[config: string, property: string]> = [
  ['KinesisStreamSourceConfiguration', 'KinesisStreamARN'],
  ['MSKSourceConfiguration', 'MSKClusterARN'],
];

const LAMBDA_TYPES: ReadonlySet<string> = new Set(['AWS::Lambda::Function', 'AWS::Serverless::Function']);

/**
 * `delivers`: records handed on by a managed pipeline, not by code. A Kinesis stream (or
 * MSK cluster) that feeds a Firehose stream, a Firehose stream → each bucket, cluster or
 * domain it writes to (backups included), and an IoT topic rule → each action's target.
 * A Firehose transform Lambda and an IoT rule's Lambda action are `invokes`.
 * Origin: the source or destination configuration, or the rule's action entry; roles and
 * log groups named there are how the service acts, not where the data goes.
 */
export function addDeliveryEdges(ctx: EdgeContext): void {
  for (const stream of ctx.resourcesOf('AWS::KinesisFirehose::DeliveryStream')) {
    const properties = stream.effectiveProperties;
    for (const [config, property] of FIREHOSE_SOURCES) {
      const source = mapGet(properties, config);
      for (const from of ctx.namedIn(mapGet(source, property))) ctx.link(from, stream.id, 'delivers', source!, 'source');
    }
    if (!isMap(properties)) continue;
    for (const entry of properties.entries) {
      if (!entry.key.endsWith('DestinationConfiguration')) continue;
      const destination = entry.key.slice(0, -'DestinationConfiguration'.length) || 'S3';
      for (const to of ctx.namedIn(entry.value)) {
        if (FIREHOSE_DESTINATION_TYPES.has(ctx.typeOf(to) ?? '')) ctx.link(stream.id, to, 'delivers', entry.value, destination);
      }
      const processors = mapGet(entry.value, 'ProcessingConfiguration');
      for (const to of ctx.namedIn(processors)) {
        if (LAMBDA_TYPES.has(ctx.typeOf(ctx.behindAlias(to)) ?? '')) ctx.link(stream.id, ctx.behindAlias(to), 'invokes', processors!, 'transform');
      }
    }
  }

  for (const rule of ctx.resourcesOf('AWS::IoT::TopicRule')) {
    const payload = mapGet(rule.effectiveProperties, 'TopicRulePayload');
    const actions = mapGet(payload, 'Actions');
    for (const action of isSeq(actions) ? actions.items : []) linkRuleAction(ctx, rule.id, action, undefined);
    const errorAction = mapGet(payload, 'ErrorAction');
    if (errorAction) linkRuleAction(ctx, rule.id, errorAction, 'error action');
  }
}

/** An IoT rule action is a one-key map: `{Kinesis: {StreamName: !Ref Stream, RoleArn: …}}`. */
function linkRuleAction(ctx: EdgeContext, from: string, action: CfnNode, note: string | undefined): void {
  if (!isMap(action)) return;
  for (const { key, value } of action.entries) {
    for (const named of ctx.namedIn(value)) {
      const to = ctx.behindAlias(named);
      const type = ctx.typeOf(to) ?? '';
      if (!INVOCABLE_TYPES.has(type)) continue;
      ctx.link(from, to, LAMBDA_TYPES.has(type) ? 'invokes' : 'delivers', action, note ? `${key} (${note})` : key);
    }
  }
}
