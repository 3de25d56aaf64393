import { auroraSingleInstance } from '../../../src/core/rules/database/AL307-aurora-single-instance';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(auroraSingleInstance, {
  valid: [{ file: 'good-condition.yaml' }, { file: 'good-multi-az-cluster.yaml' }, { file: 'good-serverless-v1.yaml' }, { file: 'good.json' }, { file: 'good.yaml' }],
  invalid: [
    { file: 'bad-no-instances.yaml', errors: [{ messageId: 'tooFew', line: 28, column: 3, endLine: 28, endColumn: 18 }] },
    { file: 'bad.json', errors: [{ messageId: 'tooFew', line: 33, column: 5, endLine: 33, endColumn: 22 }] },
    { file: 'bad.yaml', errors: [{ messageId: 'tooFew', line: 28, column: 3, endLine: 28, endColumn: 18, resourceId: 'DatabaseCluster', data: { resource: 'DatabaseCluster', count: 1 } }] },
  ],
});
