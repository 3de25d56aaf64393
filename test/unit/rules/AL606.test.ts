import { cognitoIdentityPoolUnauthenticated } from '../../../src/core/rules/security/AL606-cognito-identity-pool-unauthenticated';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(cognitoIdentityPoolUnauthenticated, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good-condition.yaml' }],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'guests', line: 17, column: 39, endLine: 17, endColumn: 43, resourceId: 'TodoIdentityPool', data: { resource: 'TodoIdentityPool' } }] },
    { file: 'bad.json', errors: [{ messageId: 'guests', line: 11, column: 43, endLine: 11, endColumn: 47, resourceId: 'TodoIdentityPool' }] },
    // The string Default 'true' decides (and the fix rewrites the Default); no Default is unknown.
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'guests', line: 15, column: 39, endLine: 15, endColumn: 55, resourceId: 'TodoIdentityPool' }] },
  ],
});
