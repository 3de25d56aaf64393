import { rdsBackupRetention } from '../../../src/core/rules/database/AL303-rds-backup-retention';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(rdsBackupRetention, {
  valid: [{ file: 'good-aurora.yaml' }, { file: 'good-replica.yaml' }, { file: 'good.json' }, { file: 'good.yaml' }],
  invalid: [
    { file: 'bad-cluster.yaml', errors: [{ messageId: 'tooLong', line: 38, column: 30, endLine: 38, endColumn: 32 }] },
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'disabled', severity: 'warning', line: 48, column: 30, endLine: 48, endColumn: 45 }] },
    { file: 'bad.json', errors: [{ messageId: 'disabled', severity: 'warning', line: 50, column: 34, endLine: 50, endColumn: 35 }] },
    { file: 'bad.yaml', errors: [{ messageId: 'tooLong', line: 43, column: 30, endLine: 43, endColumn: 32, resourceId: 'Database', data: { resource: 'Database', days: 90, max: 35 } }] },
  ],
});
