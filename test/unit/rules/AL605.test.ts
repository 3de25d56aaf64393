import { secretInEnvironment } from '../../../src/core/rules/security/AL605-secret-in-environment';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(secretInEnvironment, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good.sam.yaml' }],
  invalid: [
    // TOKEN_TTL is a setting, not a secret.
    { file: 'bad.yaml', errors: [{ messageId: 'lambdaSecret', line: 25, column: 24, endLine: 25, endColumn: 39, resourceId: 'OrdersFunction', data: { resource: 'OrdersFunction', name: 'DB_PASSWORD' } }] },
    { file: 'bad.json', errors: [{ messageId: 'lambdaSecret', line: 30, column: 28, endLine: 30, endColumn: 45, resourceId: 'OrdersFunction' }] },
    // Written once in Globals.Function: the finding points there.
    { file: 'bad.sam.yaml', errors: [{ messageId: 'lambdaSecret', line: 10, column: 23, endLine: 10, endColumn: 47, resourceId: 'ChargeFunction', data: { resource: 'ChargeFunction', name: 'stripeApiKey' } }] },
    { file: 'bad-ecs.yaml', errors: [{ messageId: 'containerSecret', line: 33, column: 22, endLine: 33, endColumn: 38, resourceId: 'ApiTask', data: { resource: 'ApiTask', container: 'api', name: 'JWT_SECRET' } }] },
    // A plain parameter Default is a literal; NoEcho, no Default and Fn::If branches are not decided.
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'lambdaSecret', line: 33, column: 28, endLine: 33, endColumn: 46, resourceId: 'PartnerFunction', data: { resource: 'PartnerFunction', name: 'PARTNER_API_KEY' } }] },
  ],
});
