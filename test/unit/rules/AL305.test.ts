import { databasePlaintextPassword } from '../../../src/core/rules/database/AL305-database-plaintext-password';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(databasePlaintextPassword, {
  valid: [{ file: 'good-noecho.yaml' }, { file: 'good-ssm-secure.yaml' }, { file: 'good.json' }, { file: 'good.yaml' }],
  invalid: [
    { file: 'bad-elasticache.yaml', errors: [{ messageId: 'literal', line: 39, column: 18, endLine: 39, endColumn: 51 }] },
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'parameterDefault', line: 48, column: 27, endLine: 48, endColumn: 48 }] },
    { file: 'bad-ssm.yaml', errors: [{ messageId: 'plainSsm', line: 45, column: 27, endLine: 45, endColumn: 64 }] },
    { file: 'bad.json', errors: [{ messageId: 'literal', line: 52, column: 31, endLine: 52, endColumn: 76 }] },
    { file: 'bad.yaml', errors: [{ messageId: 'literal', line: 45, column: 27, endLine: 45, endColumn: 39, resourceId: 'Database', data: { resource: 'Database', property: 'MasterUserPassword' } }] },
  ],
});
