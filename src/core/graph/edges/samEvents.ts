import { isMap, mapGet, scalarString, type CfnNode } from '../../parse/nodes';
import { resolveString } from '../../model/values';
import type { Resource } from '../../model/template';
import type { EdgeContext } from './context';

/** SAM resources whose `Events` SAM turns into event sources. */
const SAM_EVENT_OWNERS = ['AWS::Serverless::Function', 'AWS::Serverless::StateMachine'];

/** Pull and push event sources: the property that names the resource events come from. */
const SOURCE_PROPERTY: Readonly<Record<string, string>> = {
  SQS: 'Queue',
  Kinesis: 'Stream',
  DynamoDB: 'Stream',
  MSK: 'Stream',
  MQ: 'Broker',
  DocumentDB: 'Cluster',
  S3: 'Bucket',
  CloudWatchLogs: 'LogGroupName',
  Cognito: 'UserPool',
};

/**
 * Edges for SAM `Events`, from the event's source to the function or state machine that owns
 * the event. Origin: the event entry (`Properties.Events.<Name>`); detail: the event type.
 *
 * SAM creates some sources itself, and those have no node here, so no edge is drawn:
 * - `Schedule`/`ScheduleV2` create their own rule or schedule: nothing in the template
 *   sends the event, so the owner keeps no incoming `schedules` edge.
 * - `EventBridgeRule`/`CloudWatchEvent` create a rule too; the edge comes from the event
 *   bus when `EventBusName` names one in the template (the default bus is not a node).
 * - `Api`/`HttpApi` without `RestApiId`/`ApiId` go to the implicit ServerlessRestApi /
 *   ServerlessHttpApi, which is not in the template, so no edge either.
 */
export function addSamEventEdges(ctx: EdgeContext): void {
  for (const owner of ctx.resourcesOf(...SAM_EVENT_OWNERS)) {
    const events = mapGet(owner.effectiveProperties, 'Events');
    if (!isMap(events)) continue;
    for (const entry of events.entries) addEventEdges(ctx, owner, entry.value);
  }
}

function addEventEdges(ctx: EdgeContext, owner: Resource, event: CfnNode): void {
  const type = scalarString(mapGet(event, 'Type'));
  const properties = mapGet(event, 'Properties');
  if (!type) return;

  const sourceProperty = SOURCE_PROPERTY[type];
  if (sourceProperty) {
    for (const source of ctx.namedIn(mapGet(properties, sourceProperty))) ctx.link(source, owner.id, 'triggers', event, type);
    return;
  }

  switch (type) {
    case 'SNS':
      addSnsEvent(ctx, owner, event, properties);
      return;
    case 'EventBridgeRule':
    case 'CloudWatchEvent':
      for (const bus of ctx.namedIn(mapGet(properties, 'EventBusName'))) ctx.link(bus, owner.id, 'schedules', event, type);
      return;
    case 'Api':
    case 'HttpApi': {
      const api = ctx.firstNamedIn(mapGet(properties, type === 'Api' ? 'RestApiId' : 'ApiId'));
      if (api) ctx.link(api, owner.id, 'invokes', event, apiEventDetail(ctx, type, properties));
      return;
    }
    default:
      return;
  }
}

/**
 * Topic → owner. With `SqsSubscription: {QueueArn: …}` SAM puts the named queue between
 * them: the topic feeds the queue and the queue triggers the function.
 */
function addSnsEvent(ctx: EdgeContext, owner: Resource, event: CfnNode, properties: CfnNode | undefined): void {
  const topics = ctx.namedIn(mapGet(properties, 'Topic'));
  const queue = ctx.firstNamedIn(mapGet(mapGet(properties, 'SqsSubscription'), 'QueueArn'));
  for (const topic of topics) ctx.link(topic, queue ?? owner.id, 'subscribes', event, 'SNS');
  if (queue) ctx.link(queue, owner.id, 'triggers', event, 'SQS');
}

/** "Api GET /items"; parts the template leaves open are left out ("HttpApi" for a catch-all). */
function apiEventDetail(ctx: EdgeContext, type: string, properties: CfnNode | undefined): string {
  const method = resolveString(ctx.template, mapGet(properties, 'Method'));
  const path = resolveString(ctx.template, mapGet(properties, 'Path'));
  return [type, method?.toUpperCase(), path].filter(Boolean).join(' ');
}
