import { lambdaEnvironmentSize } from '../../../src/core/rules/compute/AL104-lambda-environment-size';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(lambdaEnvironmentSize, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good.sam.yaml' }, { file: 'good-intrinsics.yaml' }],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'tooLarge', line: 14, column: 9, endLine: 14, endColumn: 18, data: { resource: 'CheckoutFunction', size: 4335, count: 3, max: 4096 } }] },
    // 1,650 Korean characters are 4,150 bytes in UTF-8: the limit is in bytes.
    { file: 'bad.json', errors: [{ messageId: 'tooLarge', line: 20, column: 11, endLine: 20, endColumn: 22, data: { resource: 'CheckoutFunction', size: 4175, count: 2, max: 4096 } }] },
    // Globals.Function.Environment.Variables merges with the function's own; only Router goes over.
    { file: 'bad.sam.yaml', errors: [{ messageId: 'tooLarge', line: 18, column: 9, endLine: 18, endColumn: 18, resourceId: 'Router' }] },
    { file: 'bad-intrinsics.yaml', errors: [{ messageId: 'tooLargeLiteralsOnly', line: 15, column: 9, endLine: 15, endColumn: 18 }] },
  ],
});
