import { apigatewayLambdaPermissionMissing } from '../../../src/core/rules/security/AL602-apigateway-lambda-permission-missing';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(apigatewayLambdaPermissionMissing, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good.sam.yaml' }, { file: 'good-credentials.yaml' }, { file: 'good-unknown-permission.yaml' }],
  invalid: [
    {
      file: 'bad.yaml',
      errors: [
        {
          messageId: 'methodNoPermission',
          line: 48,
          column: 14,
          endLine: 48,
          endColumn: 133,
          resourceId: 'ListOrders',
          data: { resource: 'ListOrders', function: 'OrdersFunction' },
        },
      ],
    },
    { file: 'bad.json', errors: [{ messageId: 'methodNoPermission', line: 56, column: 18, endLine: 58, endColumn: 12, resourceId: 'ListOrders' }] },
    // Fn::Join naming an alias (block style: the whole intrinsic); the fix grants the permission on the alias.
    {
      file: 'bad-alias.yaml',
      errors: [{ messageId: 'methodNoPermission', line: 58, column: 14, endLine: 64, endColumn: 27, data: { resource: 'ListOrders', function: 'OrdersFunction:OrdersLive' } }],
    },
    // AWS::ApiGatewayV2::Integration, long-form GetAtt.
    { file: 'bad-http.yaml', errors: [{ messageId: 'integrationNoPermission', line: 57, column: 9, endLine: 57, endColumn: 42, resourceId: 'OrdersIntegration' }] },
    // An OpenAPI DefinitionBody; the SAM function has no Api event, so SAM adds no permission.
    { file: 'bad.sam.yaml', errors: [{ messageId: 'openApiNoPermission', line: 25, column: 22, endLine: 25, endColumn: 141, resourceId: 'OrdersApi' }] },
  ],
});
