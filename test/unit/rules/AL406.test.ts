import { snsToSqsWithoutQueuePolicy } from '../../../src/core/rules/messaging/AL406-sns-to-sqs-without-queue-policy';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(snsToSqsWithoutQueuePolicy, {
  valid: [
    { file: 'good.yaml' }, // one policy for both queues, scoped with aws:SourceArn
    { file: 'good.json' },
    { file: 'good-any-principal.yaml' }, // Principal "*" limited to the topic
    { file: 'good-condition.yaml' }, // both branches of Fn::If let SNS in
    { file: 'good-inline-policy.yaml' }, // AWS::SQS::QueueInlinePolicy, topic from another stack
  ],
  invalid: [
    // Points at the subscription's Endpoint: the wiring that can never deliver.
    { file: 'bad.yaml', errors: [{ messageId: 'noQueuePolicy', line: 17, column: 17, endLine: 17, endColumn: 41, resourceId: 'BillingSubscription', data: { topic: 'OrderPlaced', queue: 'BillingQueue' } }] },
    { file: 'bad.json', errors: [{ messageId: 'noQueuePolicy', line: 12, column: 21, endLine: 12, endColumn: 64, resourceId: 'ThumbnailSubscription' }] },
    { file: 'bad-inline.yaml', errors: [{ messageId: 'noQueuePolicy', line: 9, column: 21, endLine: 9, endColumn: 43, resourceId: 'Alerts' }] },
    // The policy admits SNS for another topic only; the fix appends a statement to it.
    { file: 'bad-wrong-topic.yaml', errors: [{ messageId: 'policyDoesNotAllow', line: 15, column: 17, endLine: 15, endColumn: 39, data: { topic: 'OrderPlaced', queue: 'AuditQueue', policy: 'AuditQueuePolicy' } }] },
    // The topic lives in another stack; the queue and its missing policy live here.
    { file: 'bad-imported-topic.yaml', errors: [{ messageId: 'noQueuePolicy', line: 11, column: 17, endLine: 11, endColumn: 41, resourceId: 'InvoiceSubscription', data: { topic: 'shared-order-events-topic', queue: 'InvoiceQueue' } }] },
  ],
});
