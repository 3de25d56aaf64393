import { rdsSingleAz } from '../../../src/core/rules/database/AL301-rds-single-az';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(rdsSingleAz, {
  valid: [{ file: 'good-aurora.yaml' }, { file: 'good-condition.yaml' }, { file: 'good-replica.yaml' }, { file: 'good-sqlserver-express.yaml' }, { file: 'good.json' }, { file: 'good.yaml' }],
  invalid: [
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'disabled', line: 44, column: 16, endLine: 44, endColumn: 28 }] },
    { file: 'bad-same-branches.yaml', errors: [{ messageId: 'disabled', line: 46, column: 16, endLine: 46, endColumn: 58 }] },
    { file: 'bad.json', errors: [{ messageId: 'disabled', line: 47, column: 20, endLine: 47, endColumn: 25 }] },
    { file: 'bad.yaml', errors: [{ messageId: 'missing', line: 33, column: 5, endLine: 33, endColumn: 15, resourceId: 'Database', data: { resource: 'Database' } }] },
  ],
});
