import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edgeRows, graphOf, prop, res } from './support/graphFixtures';

test('subscribes: SNS subscription resources and inline topic subscriptions', () => {
  const { graph } = graphOf('messaging.yaml');
  assert.deepEqual(edgeRows(graph, ['subscribes']), [
    ['Orders', 'subscribes', 'Billing', res('BillingSubscription'), 'sqs'],
    // The email endpoint is a parameter, not a node.
    ['Orders', 'subscribes', 'Handler', prop('Orders', 'Subscription', 0), 'lambda'],
  ]);
});

test('schedules: EventBridge rule targets (with ECS tasks) and Scheduler schedules', () => {
  const { graph } = graphOf('messaging.yaml');
  assert.deepEqual(edgeRows(graph, ['schedules']), [
    ['Nightly', 'schedules', 'Handler', prop('Nightly', 'Targets', 0), 'cron(0 3 * * ? *)'],
    ['Nightly', 'schedules', 'Cluster', prop('Nightly', 'Targets', 1), 'cron(0 3 * * ? *)'],
    ['Nightly', 'schedules', 'Task', prop('Nightly', 'Targets', 1), 'cron(0 3 * * ? *)'],
    ['OnUpload', 'schedules', 'Orders', prop('OnUpload', 'Targets', 0), 'event pattern'],
    ['Hourly', 'schedules', 'Billing', prop('Hourly', 'Target'), 'rate(1 hour)'],
  ]);
  // The target's RoleArn is how the rule acts, not where events go.
  assert.deepEqual(graph.incoming('EventsRole', 'schedules'), []);
});

test('delivers: Kinesis into Firehose, Firehose into its destinations and backups, IoT rule actions', () => {
  const { graph } = graphOf('deliveries.yaml');
  assert.deepEqual(edgeRows(graph, ['delivers', 'invokes']), [
    ['Telemetry', 'delivers', 'ToArchive', prop('ToArchive', 'KinesisStreamSourceConfiguration'), 'source'],
    // The bucket and its backup; the role and the log group are how Firehose acts.
    ['ToArchive', 'delivers', 'Archive', prop('ToArchive', 'ExtendedS3DestinationConfiguration'), 'ExtendedS3'],
    ['ToArchive', 'delivers', 'Backup', prop('ToArchive', 'ExtendedS3DestinationConfiguration'), 'ExtendedS3'],
    // The transform is named through its alias: the edge reaches the code.
    ['ToArchive', 'invokes', 'Transform', prop('ToArchive', 'ExtendedS3DestinationConfiguration', 'ProcessingConfiguration'), 'transform'],
    ['ToSearch', 'delivers', 'Search', prop('ToSearch', 'AmazonopensearchserviceDestinationConfiguration'), 'Amazonopensearchservice'],
    ['ToSearch', 'delivers', 'Backup', prop('ToSearch', 'AmazonopensearchserviceDestinationConfiguration'), 'Amazonopensearchservice'],
    ['Ingest', 'delivers', 'Telemetry', prop('Ingest', 'TopicRulePayload', 'Actions', 0), 'Kinesis'],
    ['Ingest', 'invokes', 'Transform', prop('Ingest', 'TopicRulePayload', 'Actions', 1), 'Lambda'],
    ['Ingest', 'delivers', 'Readings', prop('Ingest', 'TopicRulePayload', 'Actions', 2), 'DynamoDBv2'],
    ['Ingest', 'delivers', 'Slow', prop('Ingest', 'TopicRulePayload', 'Actions', 3), 'Sqs'],
    ['Ingest', 'delivers', 'Alerts', prop('Ingest', 'TopicRulePayload', 'ErrorAction'), 'Sns (error action)'],
  ]);
  assert.deepEqual(graph.incoming('RuleRole', 'delivers'), []);
  assert.deepEqual(graph.incoming('DeliveryLogs', 'delivers'), []);
});
