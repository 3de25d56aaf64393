import { rdsPubliclyAccessible } from '../../../src/core/rules/database/AL304-rds-publicly-accessible';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(rdsPubliclyAccessible, {
  valid: [{ file: 'good-condition.yaml' }, { file: 'good.json' }, { file: 'good.yaml' }],
  invalid: [
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'public', line: 46, column: 27, endLine: 46, endColumn: 38 }] },
    { file: 'bad.json', errors: [{ messageId: 'public', line: 49, column: 31, endLine: 49, endColumn: 37 }] },
    { file: 'bad.yaml', errors: [{ messageId: 'public', line: 42, column: 27, endLine: 42, endColumn: 31, resourceId: 'Database', data: { resource: 'Database' } }] },
  ],
});
