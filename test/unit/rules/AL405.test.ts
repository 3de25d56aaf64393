import { sqsMessageSize } from '../../../src/core/rules/messaging/AL405-sqs-message-size';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(sqsMessageSize, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'tooLarge', line: 7, column: 27, endLine: 7, endColumn: 34, resourceId: 'Documents', data: { queue: 'Documents', value: 2097152, min: 1024, max: 1048576 } }] },
    // One byte over the 1 MiB limit of 2025.
    { file: 'bad.json', errors: [{ messageId: 'tooLarge', line: 6, column: 45, endLine: 6, endColumn: 52 }] },
    { file: 'bad-small.yaml', errors: [{ messageId: 'tooSmall', line: 6, column: 27, endLine: 6, endColumn: 30, data: { queue: 'Pings', value: 512, min: 1024, max: 1048576 } }] },
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'tooLarge', line: 10, column: 27, endLine: 10, endColumn: 40 }] },
  ],
});
