import { iamWildcardPermissions } from '../../../src/core/rules/security/AL604-iam-wildcard-permissions';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(iamWildcardPermissions, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good.sam.yaml' }],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'wildcard', line: 20, column: 25, endLine: 20, endColumn: 35, resourceId: 'OrdersTaskRole', data: { resource: 'OrdersTaskRole', actions: '"dynamodb:*"' } }] },
    { file: 'bad.json', errors: [{ messageId: 'wildcard', line: 23, column: 60, endLine: 23, endColumn: 72, resourceId: 'OrdersTaskRole' }] },
    // An inline statement in SAM Policies, next to a managed policy name.
    { file: 'bad.sam.yaml', errors: [{ messageId: 'wildcard', line: 18, column: 23, endLine: 18, endColumn: 26, resourceId: 'AdminFunction', data: { resource: 'AdminFunction', actions: '"*"' } }] },
    // A single Statement map with lists (points at the wildcard item), and an action from a parameter Default.
    {
      file: 'bad-managed.yaml',
      errors: [
        { messageId: 'wildcard', line: 28, column: 15, endLine: 28, endColumn: 19, resourceId: 'WorkerPolicy', data: { resource: 'WorkerPolicy', actions: '"s3:*"' } },
        { messageId: 'wildcard', line: 40, column: 21, endLine: 40, endColumn: 37, resourceId: 'QueuePolicy', data: { resource: 'QueuePolicy', actions: '"sqs:*"' } },
      ],
    },
  ],
});
