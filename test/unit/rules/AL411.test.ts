import { sqsConsumerWithoutDlq } from '../../../src/core/rules/messaging/AL411-sqs-consumer-without-dlq';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(sqsConsumerWithoutDlq, {
  valid: [
    { file: 'good.yaml' }, // the DLQ's own consumer needs no DLQ
    { file: 'good.json' },
    { file: 'good.sam.yaml' },
    { file: 'good-unconsumed.yaml' },
    { file: 'good-condition.yaml' },
  ],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'noDlq', line: 6, column: 5, endLine: 6, endColumn: 15, resourceId: 'SignupEvents', data: { queue: 'SignupEvents', consumers: 'SendWelcome' } }] },
    { file: 'bad.json', errors: [{ messageId: 'noDlq', line: 6, column: 7, endLine: 6, endColumn: 19 }] },
    // No Properties at all: the logical id.
    { file: 'bad.sam.yaml', errors: [{ messageId: 'noDlq', line: 4, column: 3, endLine: 4, endColumn: 15, resourceId: 'SignupEvents' }] },
    // The fix must add a FIFO dead-letter queue.
    { file: 'bad-fifo.yaml', errors: [{ messageId: 'noDlq', line: 6, column: 5, endLine: 6, endColumn: 15 }] },
    { file: 'bad-workers.yaml', errors: [{ messageId: 'noDlq', line: 11, column: 5, endLine: 11, endColumn: 15, data: { queue: 'VideoJobs', consumers: 'Workers' } }] },
  ],
});
