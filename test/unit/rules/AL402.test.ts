import { sqsFifoNaming } from '../../../src/core/rules/messaging/AL402-sqs-fifo-naming';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(sqsFifoNaming, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good-unknown.yaml' }],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'missingSuffix', line: 7, column: 18, endLine: 7, endColumn: 32, resourceId: 'PaymentEvents', data: { queue: 'PaymentEvents', name: 'payment-events' } }] },
    // Fn::Join whose last part is literal.
    { file: 'bad.json', errors: [{ messageId: 'missingSuffix', line: 8, column: 22, endLine: 8, endColumn: 87, data: { queue: 'InventoryUpdates', name: '…inventory' } }] },
    // Fn::Sub whose text ends after its last variable.
    { file: 'bad-sub.yaml', errors: [{ messageId: 'missingSuffix', line: 7, column: 18, endLine: 7, endColumn: 51, data: { queue: 'PaymentEvents', name: '${AWS::StackName}-payments' } }] },
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'missingSuffix', line: 10, column: 18, endLine: 10, endColumn: 43 }] },
    { file: 'bad-not-fifo.yaml', errors: [{ messageId: 'fifoMissing', line: 6, column: 5, endLine: 6, endColumn: 15, resourceId: 'PaymentEvents' }] },
    { file: 'bad-false.yaml', errors: [{ messageId: 'notFifo', line: 7, column: 18, endLine: 7, endColumn: 23 }] },
  ],
});
