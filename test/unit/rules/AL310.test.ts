import { dynamodbGlobalTableStream } from '../../../src/core/rules/database/AL310-dynamodb-global-table-stream';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(dynamodbGlobalTableStream, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good-single-replica.yaml' }, { file: 'good-condition.yaml' }],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'noStream', line: 6, column: 5, endLine: 6, endColumn: 15, resourceId: 'Sessions', data: { table: 'Sessions', replicas: 2 } }] },
    { file: 'bad.json', errors: [{ messageId: 'noStream', line: 9, column: 7, endLine: 9, endColumn: 19 }] },
    { file: 'bad-flow.yaml', errors: [{ messageId: 'noStream', line: 6, column: 5, endLine: 6, endColumn: 15, data: { table: 'Sessions', replicas: 3 } }] },
  ],
});
