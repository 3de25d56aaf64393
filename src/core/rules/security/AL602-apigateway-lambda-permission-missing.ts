import { mapGet, type CfnNode, type TemplatePath } from '../../parse/nodes';
import type { Resource, Template } from '../../model/template';
import { addResource, freshLogicalId } from '../../edit/templateEdits';
import type { PlainValue } from '../../edit/serialize';
import { APIGATEWAY_PRINCIPAL, apiGatewayMayInvoke, apiId, invokedFunction, openApiIntegrations } from '../support/apis';
import type { Fix } from '../../edit/templateEdits';
import type { Rule } from '../types';

export const apigatewayLambdaPermissionMissing: Rule = {
  meta: {
    id: 'AL602',
    name: 'apigateway-lambda-permission-missing',
    category: 'security',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway.html',
    description: {
      en: 'API Gateway integration calls a Lambda function it has no permission to invoke',
      ko: 'API Gateway 통합이 호출 권한 없는 Lambda 함수를 호출함',
    },
    messages: {
      methodNoPermission: {
        en: "Method '{resource}' invokes Lambda function '{function}', but no AWS::Lambda::Permission lets apigateway.amazonaws.com invoke it: every call will fail with 500.",
        ko: "메서드 '{resource}'에서 Lambda 함수 '{function}'을(를) 호출하지만 apigateway.amazonaws.com에 호출을 허용하는 AWS::Lambda::Permission이 없습니다. 모든 호출이 500으로 실패합니다.",
      },
      integrationNoPermission: {
        en: "Integration '{resource}' invokes Lambda function '{function}', but no AWS::Lambda::Permission lets apigateway.amazonaws.com invoke it: every call will fail with 500.",
        ko: "통합 '{resource}'에서 Lambda 함수 '{function}'을(를) 호출하지만 apigateway.amazonaws.com에 호출을 허용하는 AWS::Lambda::Permission이 없습니다. 모든 호출이 500으로 실패합니다.",
      },
      openApiNoPermission: {
        en: "The OpenAPI body of '{resource}' invokes Lambda function '{function}', but no AWS::Lambda::Permission lets apigateway.amazonaws.com invoke it: every call will fail with 500.",
        ko: "'{resource}'의 OpenAPI 본문에서 Lambda 함수 '{function}'을(를) 호출하지만 apigateway.amazonaws.com에 호출을 허용하는 AWS::Lambda::Permission이 없습니다. 모든 호출이 500으로 실패합니다.",
      },
    },
    lesson: {
      why: {
        en: 'API Gateway calls Lambda as a separate AWS service, so the function\'s resource-based policy must allow `apigateway.amazonaws.com` to invoke it (or the integration must use an execution role). Without it the integration fails with "Invalid permissions on Lambda function" and clients get HTTP 500.',
        ko: 'API Gateway는 별도의 AWS 서비스로서 Lambda를 호출하므로, 함수의 리소스 기반 정책이 `apigateway.amazonaws.com`의 호출을 허용해야 합니다(또는 통합에 실행 역할을 지정). 없으면 "Invalid permissions on Lambda function"으로 통합이 실패하고 클라이언트는 HTTP 500을 받습니다.',
      },
      scenario: {
        en: 'The notes\' serverless REST API: API Gateway proxies client requests to Lambda, and calling Lambda requires IAM permission. The console adds the permission for you; a template has to declare it.',
        ko: '노트의 서버리스 REST API: API Gateway가 클라이언트 요청을 Lambda로 프록시하며, Lambda를 호출하려면 IAM 권한이 필요합니다. 콘솔은 권한을 자동으로 추가하지만 템플릿에서는 직접 선언해야 합니다.',
      },
      answer: {
        en: 'Add an `AWS::Lambda::Permission` with `Action: lambda:InvokeFunction`, `Principal: apigateway.amazonaws.com`, and a `SourceArn` scoped to the API (`arn:aws:execute-api:region:account:api-id/*`). SAM `Api`/`HttpApi` events create it for you.',
        ko: '`Action: lambda:InvokeFunction`, `Principal: apigateway.amazonaws.com`, API로 범위를 좁힌 `SourceArn`(`arn:aws:execute-api:리전:계정:api-id/*`)을 가진 `AWS::Lambda::Permission`을 추가하세요. SAM `Api`/`HttpApi` 이벤트는 이를 자동으로 만듭니다.',
      },
    },
    seeds: ['003'],
    fixes: {
      addPermission: { en: 'Add a Lambda permission for API Gateway', ko: 'API Gateway용 Lambda 권한 추가' },
    },
  },
  check({ template, report }) {
    const check = (messageId: string, uri: CfnNode | undefined, credentials: CfnNode | undefined, path: TemplatePath, owner: Resource, api: string | undefined) => {
      // With an execution role (Credentials), API Gateway calls Lambda as that role instead.
      if (credentials !== undefined) return;
      const invoked = invokedFunction(template, uri);
      if (!invoked || apiGatewayMayInvoke(template, invoked.fn)) return;
      report({
        messageId,
        path,
        resourceId: owner.id,
        // An alias or version is named the way AWS qualifies it: function:alias.
        data: { resource: owner.id, function: invoked.target === invoked.fn ? invoked.fn.id : `${invoked.fn.id}:${invoked.target.id}` },
        fixes: permissionFix(template, invoked.fn, invoked.target, api),
      });
    };

    for (const method of template.resourcesOfType('AWS::ApiGateway::Method')) {
      const integration = mapGet(method.properties, 'Integration');
      const api = apiId(template, mapGet(method.properties, 'RestApiId'));
      check('methodNoPermission', mapGet(integration, 'Uri'), mapGet(integration, 'Credentials'), ['Resources', method.id, 'Properties', 'Integration', 'Uri'], method, api);
    }
    for (const integration of template.resourcesOfType('AWS::ApiGatewayV2::Integration')) {
      const api = apiId(template, mapGet(integration.properties, 'ApiId'));
      const path = ['Resources', integration.id, 'Properties', 'IntegrationUri'];
      check('integrationNoPermission', mapGet(integration.properties, 'IntegrationUri'), mapGet(integration.properties, 'CredentialsArn'), path, integration, api);
    }
    for (const entry of openApiIntegrations(template)) {
      const path = template.pathOf(entry.uri);
      if (!path) continue;
      check('openApiNoPermission', entry.uri, entry.credentials, path, entry.api, entry.api.id);
    }
  },
};

/** A permission for API Gateway on the function (or the alias the integration names), scoped to the API. */
function permissionFix(template: Template, fn: Resource, target: Resource, api: string | undefined): Fix[] {
  const body: PlainValue = {
    Type: 'AWS::Lambda::Permission',
    Properties: {
      Action: 'lambda:InvokeFunction',
      FunctionName: target.id === fn.id ? { 'Fn::GetAtt': [fn.id, 'Arn'] } : { Ref: target.id },
      Principal: APIGATEWAY_PRINCIPAL,
      ...(api ? { SourceArn: { 'Fn::Sub': `arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${${api}}/*` } } : {}),
    },
  };
  const edit = addResource(template, freshLogicalId(template, `${fn.id}ApiPermission`), body);
  return edit ? [{ fixId: 'addPermission', edits: [edit] }] : [];
}
