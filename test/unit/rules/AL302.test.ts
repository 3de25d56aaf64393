import { rdsReadReplicaForHa } from '../../../src/core/rules/database/AL302-rds-read-replica-for-ha';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(rdsReadReplicaForHa, {
  valid: [{ file: 'good-condition.yaml' }, { file: 'good-external-source.yaml' }, { file: 'good.json' }, { file: 'good.yaml' }],
  // A replica of a primary without Multi-AZ always comes with AL301 on that primary.
  invalid: [
    { file: 'bad.json', errors: [{ messageId: 'replicaWithoutMultiAz', line: 58, column: 39, endLine: 58, endColumn: 55 }] },
    { file: 'bad.yaml', errors: [{ messageId: 'replicaWithoutMultiAz', line: 49, column: 35, endLine: 49, endColumn: 48, resourceId: 'ReadReplica', data: { resource: 'ReadReplica', primary: 'Database' } }] },
  ],
});
