import { snsFifoConstraints } from '../../../src/core/rules/messaging/AL408-sns-fifo-constraints';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(snsFifoConstraints, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good.sam.yaml' }, { file: 'good-standard.yaml' }],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'missingSuffix', line: 7, column: 18, endLine: 7, endColumn: 30, resourceId: 'OrderEvents', data: { topic: 'OrderEvents', name: 'order-events' } }] },
    // The name is the Default of a parameter.
    { file: 'bad.json', errors: [{ messageId: 'missingSuffix', line: 10, column: 22, endLine: 10, endColumn: 48, data: { topic: 'PriceUpdates', name: 'price-updates' } }] },
    {
      file: 'bad-subscriber.yaml',
      errors: [
        { messageId: 'nonSqsSubscriber', line: 11, column: 21, endLine: 11, endColumn: 26, resourceId: 'OrderEvents', data: { topic: 'OrderEvents', protocol: 'email' } },
        { messageId: 'nonSqsSubscriber', line: 25, column: 17, endLine: 25, endColumn: 23, resourceId: 'RecordOrderSubscription', data: { topic: 'OrderEvents', protocol: 'lambda' } },
      ],
    },
    // A SAM SNS event without SqsSubscription subscribes the function itself; points at its Type.
    { file: 'bad.sam.yaml', errors: [{ messageId: 'nonSqsSubscriber', line: 18, column: 17, endLine: 18, endColumn: 20, resourceId: 'RecordOrder' }] },
    { file: 'bad-not-fifo.yaml', errors: [{ messageId: 'notFifo', line: 6, column: 5, endLine: 6, endColumn: 15, resourceId: 'Alerts' }] },
  ],
});
