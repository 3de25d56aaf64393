import { sqsFifoLambdaBatchSize } from '../../../src/core/rules/messaging/AL410-sqs-fifo-lambda-batch-size';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(sqsFifoLambdaBatchSize, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good.sam.yaml' }, { file: 'good-standard.yaml' }],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'batchTooLarge', line: 34, column: 18, endLine: 34, endColumn: 20, resourceId: 'SettlePaymentMapping', data: { function: 'SettlePayment', queue: 'Payments', size: 25, max: 10 } }] },
    { file: 'bad.json', errors: [{ messageId: 'batchTooLarge', line: 49, column: 22, endLine: 49, endColumn: 24 }] },
    // The SAM event carries the batch size; the finding belongs to the function.
    { file: 'bad.sam.yaml', errors: [{ messageId: 'batchTooLarge', line: 30, column: 24, endLine: 30, endColumn: 27, resourceId: 'SettlePayment' }] },
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'batchTooLarge', line: 31, column: 18, endLine: 31, endColumn: 35, data: { function: 'SettlePayment', queue: 'Payments', size: 50, max: 10 } }] },
  ],
});
