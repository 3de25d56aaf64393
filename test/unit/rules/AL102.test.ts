import { lambdaMemoryRange } from '../../../src/core/rules/compute/AL102-lambda-memory-range';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(lambdaMemoryRange, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good.sam.yaml' }, { file: 'good-condition.yaml' }],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'tooSmall', line: 11, column: 19, endLine: 11, endColumn: 21, data: { resource: 'ThumbnailFunction', memory: 64, min: 128, max: 10240 } }] },
    { file: 'bad.json', errors: [{ messageId: 'tooLarge', line: 11, column: 23, endLine: 11, endColumn: 28, resourceId: 'TranscodeFunction' }] },
    // The value sits in Globals: the finding points there, once per function that inherits it.
    { file: 'bad.sam.yaml', errors: [{ messageId: 'tooLarge', line: 7, column: 17, endLine: 7, endColumn: 22, resourceId: 'ResizeFunction' }] },
    // A Ref counts as the parameter's Default; the parameter without one is unknown.
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'tooSmall', line: 17, column: 19, endLine: 17, endColumn: 36, resourceId: 'Worker' }] },
    // Fn::If whose branches agree is decided.
    { file: 'bad-condition.yaml', errors: [{ messageId: 'tooLarge', line: 13, column: 19, endLine: 13, endColumn: 52 }] },
  ],
});
