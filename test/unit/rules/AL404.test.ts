import { sqsLongPolling } from '../../../src/core/rules/messaging/AL404-sqs-long-polling';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(sqsLongPolling, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good-lambda.yaml' }],
  invalid: [
    // Auto Scaling group → launch template → instance profile → role with sqs:ReceiveMessage.
    { file: 'bad.yaml', errors: [{ messageId: 'shortPollingDefault', severity: 'info', line: 14, column: 5, endLine: 14, endColumn: 15, resourceId: 'RenderJobs', data: { queue: 'RenderJobs', value: 0, workers: 'Workers' } }] },
    // A standalone instance whose profile's role may receive.
    { file: 'bad.json', errors: [{ messageId: 'shortPolling', severity: 'info', line: 16, column: 42, endLine: 16, endColumn: 43, data: { queue: 'Invoices', value: 0, workers: 'InvoiceWorker' } }] },
    // An ECS task role granted `sqs:Receive*` through an AWS::IAM::Policy.
    { file: 'bad-ecs.yaml', errors: [{ messageId: 'shortPolling', severity: 'info', line: 14, column: 38, endLine: 14, endColumn: 39, data: { queue: 'Transcodes', value: 0, workers: 'TranscodeTask' } }] },
    { file: 'bad-too-long.yaml', errors: [{ messageId: 'tooLong', line: 6, column: 38, endLine: 6, endColumn: 40, data: { queue: 'Reports', value: 30, max: 20 } }] },
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'tooLong', line: 10, column: 38, endLine: 10, endColumn: 54 }] },
  ],
});
