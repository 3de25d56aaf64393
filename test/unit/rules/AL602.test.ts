import { apigatewayLambdaPermissionMissing } from '../../../src/core/rules/security/AL602-apigateway-lambda-permission-missing';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(apigatewayLambdaPermissionMissing, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good.sam.yaml' }, { file: 'good-credentials.yaml' }, { file: 'good-unknown-permission.yaml' }],
  invalid: [
    {
      file: 'bad.yaml',
      errors: [
        {
          messageId: 'noPermission',
          line: 48,
          column: 14,
          endLine: 48,
          endColumn: 133,
          resourceId: 'ListOrders',
          data: { source: "Method 'ListOrders'", sourceKo: "메서드 'ListOrders'", function: 'OrdersFunction', target: "function 'OrdersFunction'", targetKo: "함수 'OrdersFunction'" },
        },
      ],
    },
    { file: 'bad.json', errors: [{ messageId: 'noPermission', line: 56, column: 18, endLine: 58, endColumn: 12, resourceId: 'ListOrders' }] },
    // Fn::Join naming an alias (block style: the whole intrinsic); the fix grants the permission on the alias.
    {
      file: 'bad-alias.yaml',
      errors: [{ messageId: 'noPermission', line: 58, column: 14, endLine: 64, endColumn: 27, data: { source: "Method 'ListOrders'", sourceKo: "메서드 'ListOrders'", function: 'OrdersFunction', target: "alias 'OrdersLive' of function 'OrdersFunction'", targetKo: "함수 'OrdersFunction'의 별칭 'OrdersLive'" } }],
    },
    // AWS::ApiGatewayV2::Integration, long-form GetAtt.
    { file: 'bad-http.yaml', errors: [{ messageId: 'noPermission', line: 57, column: 9, endLine: 57, endColumn: 42, resourceId: 'OrdersIntegration' }] },
    // An OpenAPI DefinitionBody; the SAM function has no Api event, so SAM adds no permission.
    { file: 'bad.sam.yaml', errors: [{ messageId: 'noPermission', line: 25, column: 22, endLine: 25, endColumn: 141, resourceId: 'OrdersApi' }] },
  ],
});
