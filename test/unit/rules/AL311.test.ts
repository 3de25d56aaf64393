import { dynamodbReadHeavyWithoutDax } from '../../../src/core/rules/database/AL311-dynamodb-read-heavy-without-dax';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(dynamodbReadHeavyWithoutDax, {
  valid: [
    { file: 'good.yaml' }, // DAX in front
    { file: 'good.json' }, // balanced reads and writes
    { file: 'good.sam.yaml' }, // API Gateway response caching
    { file: 'good-on-demand.yaml' },
    { file: 'good-parameter.yaml' }, // read capacity unknown
  ],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'readHeavy', line: 18, column: 28, endLine: 18, endColumn: 31, resourceId: 'Todos', data: { table: 'Todos', reads: 500, writes: 20, ratio: 25, readers: 'ListTodos' } }] },
    { file: 'bad.json', errors: [{ messageId: 'readHeavy', line: 24, column: 32, endLine: 24, endColumn: 38 }] },
    { file: 'bad.sam.yaml', errors: [{ messageId: 'readHeavy', line: 16, column: 51, endLine: 16, endColumn: 54, data: { table: 'Todos', reads: 200, writes: 10, ratio: 20, readers: 'ListTodos' } }] },
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'readHeavy', line: 21, column: 28, endLine: 21, endColumn: 42, data: { table: 'Catalog', reads: 400, writes: 25, ratio: 16, readers: 'CatalogReader' } }] },
  ],
});
