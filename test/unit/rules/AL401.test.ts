import { sqsVisibilityTimeoutBelowLambdaTimeout } from '../../../src/core/rules/messaging/AL401-sqs-visibility-timeout-below-lambda-timeout';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(sqsVisibilityTimeoutBelowLambdaTimeout, {
  valid: [
    { file: 'good.yaml' },
    { file: 'good.json' },
    { file: 'good.sam.yaml' },
    { file: 'good-defaults.yaml' }, // 30 s default visibility, 3 s default timeout
    { file: 'good-parameter.yaml' }, // visibility unknown
  ],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'belowTimeout', line: 7, column: 26, endLine: 7, endColumn: 28, resourceId: 'ImageJobs', data: { queue: 'ImageJobs', visibility: 30, function: 'ResizeWorker', timeout: 60, recommended: 360 } }] },
    { file: 'bad.json', errors: [{ messageId: 'belowTimeout', line: 7, column: 30, endLine: 7, endColumn: 32 }] },
    // Globals.Function.Timeout (60 s) merged into the SAM function.
    { file: 'bad.sam.yaml', errors: [{ messageId: 'belowTimeout', line: 11, column: 26, endLine: 11, endColumn: 28, data: { queue: 'Thumbnails', visibility: 45, function: 'MakeThumbnail', timeout: 60, recommended: 360 } }] },
    { file: 'bad-recommended.yaml', errors: [{ messageId: 'belowRecommended', severity: 'warning', line: 7, column: 26, endLine: 7, endColumn: 29 }] },
    // Nothing written: 30 s default visibility against a 20 s timeout; points at Properties.
    { file: 'bad-default.yaml', errors: [{ messageId: 'belowRecommended', severity: 'warning', line: 6, column: 5, endLine: 6, endColumn: 15, data: { queue: 'Orders', visibility: 30, function: 'ProcessOrder', timeout: 20, recommended: 120 } }] },
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'belowTimeout', line: 14, column: 26, endLine: 14, endColumn: 46, data: { queue: 'Orders', visibility: 45, function: 'ProcessOrder', timeout: 90, recommended: 540 } }] },
  ],
});
