import { lambdaReservedConcurrencyQuota } from '../../../src/core/rules/compute/AL105-lambda-reserved-concurrency-quota';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(lambdaReservedConcurrencyQuota, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good.sam.yaml' }, { file: 'good-condition.yaml' }],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'aboveQuota', line: 12, column: 37, endLine: 12, endColumn: 41, data: { resource: 'FlashSaleFunction', reserved: 3000, quota: 1000 } }] },
    // The Ref in JSON, decided by the parameter's Default (a numeric string).
    { file: 'bad.json', errors: [{ messageId: 'aboveQuota', line: 15, column: 41, endLine: 15, endColumn: 65, data: { resource: 'IngestFunction', reserved: 1500, quota: 1000 } }] },
    // Globals apply to OrdersFunction; RefundsFunction overrides them with 50.
    { file: 'bad.sam.yaml', errors: [{ messageId: 'aboveQuota', line: 8, column: 35, endLine: 8, endColumn: 39, resourceId: 'OrdersFunction' }] },
  ],
});
