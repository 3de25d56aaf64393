import { sqsRetentionRange } from '../../../src/core/rules/messaging/AL403-sqs-retention-range';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(sqsRetentionRange, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good-condition.yaml' }],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'tooLong', line: 7, column: 31, endLine: 7, endColumn: 38, resourceId: 'AuditTrail', data: { queue: 'AuditTrail', value: 1814400, min: 60, max: 1209600 } }] },
    { file: 'bad.json', errors: [{ messageId: 'tooLong', line: 7, column: 35, endLine: 7, endColumn: 44 }] },
    { file: 'bad-short.yaml', errors: [{ messageId: 'tooShort', line: 5, column: 43, endLine: 5, endColumn: 45, data: { queue: 'Heartbeats', value: 30, min: 60, max: 1209600 } }] },
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'tooLong', line: 10, column: 31, endLine: 10, endColumn: 52 }] },
  ],
});
