import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edgeRows, graphOf, graphOfText, prop, res } from './support/graphFixtures';

test('triggers: event source mappings, S3 notifications and log subscription filters', () => {
  const { graph } = graphOf('event-sources.yaml');
  assert.deepEqual(edgeRows(graph, ['triggers']), [
    ['Jobs', 'triggers', 'Worker', res('JobsMapping'), 'SQS'],
    // `FunctionName: !Ref WorkerLive` (an alias) reaches the function behind it.
    ['Clicks', 'triggers', 'Worker', res('ClicksMapping'), 'Kinesis'],
    ['Users', 'triggers', 'Worker', res('UsersMapping'), 'DynamoDB'],
    // ExternalMapping reads a queue given as a parameter: no node, no edge.
    ['Photos', 'triggers', 'Worker', prop('Photos', 'NotificationConfiguration', 'LambdaConfigurations', 0), 's3:ObjectCreated:*'],
    ['Photos', 'triggers', 'Uploads', prop('Photos', 'NotificationConfiguration', 'QueueConfigurations', 0), 's3:ObjectRemoved:*'],
    ['Photos', 'triggers', 'Alerts', prop('Photos', 'NotificationConfiguration', 'TopicConfigurations', 0), 'S3'],
    ['WorkerLogs', 'triggers', 'Clicks', res('WorkerLogsToClicks'), 'CloudWatchLogs'],
  ]);
  assert.deepEqual(edgeRows(graph, ['subscribes', 'schedules', 'invokes', 'origin', 'routes-to', 'permission']), []);
});

test('SAM events: pull and push sources, SNS with and without an SQS subscription, buses and APIs', () => {
  const { graph } = graphOf('sam-events.yaml');
  const event = (name: string) => prop('Processor', 'Events', name);
  assert.deepEqual(edgeRows(graph, ['triggers', 'subscribes', 'schedules', 'invokes']), [
    ['Orders', 'triggers', 'Processor', event('FromQueue'), 'SQS'],
    ['Stream', 'triggers', 'Processor', event('FromStream'), 'Kinesis'],
    ['Table', 'triggers', 'Processor', event('FromTable'), 'DynamoDB'],
    ['Uploads', 'triggers', 'Processor', event('FromBucket'), 'S3'],
    ['Notices', 'subscribes', 'Processor', event('FromTopic'), 'SNS'],
    ['Notices', 'subscribes', 'Fanout', event('ThroughQueue'), 'SNS'],
    ['Fanout', 'triggers', 'Processor', event('ThroughQueue'), 'SQS'],
    // FromDefaultBus, Nightly (Schedule) and ImplicitApi have no source node in the template.
    ['Bus', 'schedules', 'Processor', event('FromBus'), 'EventBridgeRule'],
    ['Api', 'invokes', 'Processor', event('GetItems'), 'Api GET /items'],
    ['HttpApi', 'invokes', 'Processor', event('AnyRoute'), 'HttpApi'],
  ]);
});

test('a SAM state machine event and a ScheduleV2 event', () => {
  const graph = graphOfText(`
Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties: { StageName: prod }
  Flow:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition: { StartAt: A, States: { A: { Type: Pass, End: true } } }
      Events:
        Start:
          Type: Api
          Properties: { RestApiId: !Ref Api, Path: /start, Method: ANY }
        Every:
          Type: ScheduleV2
          Properties: { ScheduleExpression: rate(1 hour) }
`);
  assert.deepEqual(edgeRows(graph, ['invokes', 'schedules']), [['Api', 'invokes', 'Flow', prop('Flow', 'Events', 'Start'), 'Api ANY /start']]);
});
