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
