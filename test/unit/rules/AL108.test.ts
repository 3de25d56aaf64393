import { lambdaDirectRdsConnection } from '../../../src/core/rules/compute/AL108-lambda-direct-rds-connection';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(lambdaDirectRdsConnection, {
  valid: [
    // DB_HOST is the proxy endpoint; DB_PORT from the database is fine once the proxy fronts it.
    { file: 'good.yaml' },
    // Aurora Data API: the cluster ARN and secret ARN, no connection at all.
    { file: 'good.json' },
    { file: 'good.sam.yaml' },
    // RDS Proxy doesn't support Oracle: no right answer to point to.
    { file: 'good-oracle.yaml' },
  ],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'direct', line: 80, column: 20, endLine: 80, endColumn: 53, data: { resource: 'OrdersFunction', database: 'Database' } }] },
    // `${AuroraCluster.Endpoint.Address}` inside a Sub connection string.
    { file: 'bad.json', errors: [{ messageId: 'direct', line: 54, column: 29, endLine: 54, endColumn: 130, data: { resource: 'OrdersFunction', database: 'AuroraCluster' } }] },
    // The endpoint is written once in Globals and inherited by both functions.
    {
      file: 'bad.sam.yaml',
      errors: [
        { messageId: 'direct', line: 20, column: 18, endLine: 20, endColumn: 51, resourceId: 'CreateOrder' },
        { messageId: 'direct', line: 20, column: 18, endLine: 20, endColumn: 51, resourceId: 'ListOrders' },
      ],
    },
    { file: 'bad-bypass.yaml', errors: [{ messageId: 'bypassesProxy', line: 144, column: 19, endLine: 144, endColumn: 95, data: { resource: 'ReportsFunction', database: 'Database', proxy: 'DatabaseProxy' } }] },
  ],
});
