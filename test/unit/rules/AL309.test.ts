import { dynamodbStreamNotEnabled } from '../../../src/core/rules/database/AL309-dynamodb-stream-not-enabled';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(dynamodbStreamNotEnabled, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good.sam.yaml' }, { file: 'good-condition.yaml' }],
  invalid: [
    // The table's Properties key: StreamSpecification is missing there.
    { file: 'bad.yaml', errors: [{ messageId: 'noStream', line: 6, column: 5, endLine: 6, endColumn: 15, resourceId: 'Subscribers', data: { table: 'Subscribers', functions: 'WelcomeEmail' } }] },
    { file: 'bad.json', errors: [{ messageId: 'noStream', line: 6, column: 7, endLine: 6, endColumn: 19 }] },
    { file: 'bad.sam.yaml', errors: [{ messageId: 'noStream', line: 10, column: 5, endLine: 10, endColumn: 15, resourceId: 'Subscribers' }] },
    // A one-replica global table read through `Fn::Sub ${T.StreamArn}` in long form.
    { file: 'bad-global-table.yaml', errors: [{ messageId: 'noStream', line: 6, column: 5, endLine: 6, endColumn: 15 }] },
  ],
});
