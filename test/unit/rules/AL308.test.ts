import { dynamodbPitrDisabled } from '../../../src/core/rules/database/AL308-dynamodb-pitr-disabled';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(dynamodbPitrDisabled, {
  valid: [{ file: 'good-condition.yaml' }, { file: 'good-flow.yaml' }, { file: 'good.json' }, { file: 'good.yaml' }],
  invalid: [
    { file: 'bad-no-flag.yaml', errors: [{ messageId: 'missing', line: 18, column: 7, endLine: 18, endColumn: 39 }] },
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'disabled', line: 24, column: 37, endLine: 24, endColumn: 52 }] },
    { file: 'bad.json', errors: [{ messageId: 'disabled', line: 17, column: 77, endLine: 17, endColumn: 82 }] },
    { file: 'bad.yaml', errors: [{ messageId: 'missing', line: 6, column: 5, endLine: 6, endColumn: 15, resourceId: 'Todos', data: { resource: 'Todos' } }] },
  ],
});
