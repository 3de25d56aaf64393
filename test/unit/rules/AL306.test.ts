import { rdsStorageUnencrypted } from '../../../src/core/rules/database/AL306-rds-storage-unencrypted';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(rdsStorageUnencrypted, {
  valid: [{ file: 'good-aurora.yaml' }, { file: 'good-kms-key.yaml' }, { file: 'good-replica.yaml' }, { file: 'good-snapshot.yaml' }, { file: 'good.json' }, { file: 'good.yaml' }],
  invalid: [
    { file: 'bad-aurora.yaml', errors: [{ messageId: 'missing', line: 32, column: 5, endLine: 32, endColumn: 15 }] },
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'disabled', line: 45, column: 25, endLine: 45, endColumn: 37 }] },
    { file: 'bad.json', errors: [{ messageId: 'disabled', line: 48, column: 29, endLine: 48, endColumn: 34 }] },
    { file: 'bad.yaml', errors: [{ messageId: 'missing', line: 33, column: 5, endLine: 33, endColumn: 15, resourceId: 'Database', data: { resource: 'Database' } }] },
  ],
});
