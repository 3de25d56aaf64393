import { kinesisRetentionRange } from '../../../src/core/rules/messaging/AL409-kinesis-retention-range';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(kinesisRetentionRange, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good-default.yaml' }],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'tooLong', line: 9, column: 29, endLine: 9, endColumn: 34, resourceId: 'Clickstream', data: { stream: 'Clickstream', value: 17520, min: 24, max: 8760 } }] },
    { file: 'bad.json', errors: [{ messageId: 'tooLong', line: 8, column: 33, endLine: 8, endColumn: 37 }] },
    { file: 'bad-short.yaml', errors: [{ messageId: 'tooShort', line: 7, column: 29, endLine: 7, endColumn: 31, data: { stream: 'Telemetry', value: 12, min: 24, max: 8760 } }] },
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'tooLong', line: 11, column: 29, endLine: 11, endColumn: 48 }] },
  ],
});
