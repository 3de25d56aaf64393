import { lambdaEphemeralStorageRange } from '../../../src/core/rules/compute/AL103-lambda-ephemeral-storage-range';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(lambdaEphemeralStorageRange, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good.sam.yaml' }, { file: 'good-parameter.yaml' }],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'tooLarge', line: 13, column: 15, endLine: 13, endColumn: 20, data: { resource: 'UnpackFunction', size: 20480, min: 512, max: 10240 } }] },
    { file: 'bad.json', errors: [{ messageId: 'tooSmall', line: 11, column: 39, endLine: 11, endColumn: 42, resourceId: 'TinyFunction' }] },
    { file: 'bad.sam.yaml', errors: [{ messageId: 'tooLarge', line: 9, column: 13, endLine: 9, endColumn: 18, resourceId: 'ExtractFunction' }] },
    // Long-form `{ Ref: … }` in a flow map: the finding covers the intrinsic, the fix edits the Default.
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'tooLarge', line: 16, column: 33, endLine: 16, endColumn: 51 }] },
  ],
});
