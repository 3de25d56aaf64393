import { lambdaTimeoutLimit } from '../../../src/core/rules/compute/AL101-lambda-timeout-limit';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(lambdaTimeoutLimit, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good.sam.yaml' }],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'tooLong', line: 12, column: 16, endLine: 12, endColumn: 20, data: { resource: 'ReportJob', timeout: 1500, max: 900 } }] },
    { file: 'bad.json', errors: [{ messageId: 'tooLong', line: 14, column: 20, endLine: 14, endColumn: 24 }] },
    { file: 'bad.sam.yaml', errors: [{ messageId: 'tooLong', line: 5, column: 14, endLine: 5, endColumn: 18, resourceId: 'Worker' }] },
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'tooLong', line: 16, column: 16, endLine: 16, endColumn: 31 }] },
  ],
});
