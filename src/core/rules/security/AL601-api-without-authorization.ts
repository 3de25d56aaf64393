import { isMap, mapGet, type CfnNode } from '../../parse/nodes';
import { resolveBoolean, resolveString } from '../../model/values';
import type { Template } from '../../model/template';
import { referencedId } from '../../graph/references';
import { missingPropertyPath } from '../support/lambda';
import { endpointType, samApiEvents, type SamApiEvent } from '../support/apis';
import type { Rule } from '../types';

export const apiWithoutAuthorization: Rule = {
  meta: {
    id: 'AL601',
    name: 'api-without-authorization',
    category: 'security',
    severity: 'info',
    docsUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html',
    description: {
      en: 'API method open to anyone: no authorizer and no API key',
      ko: '권한 부여자도 API 키도 없이 누구나 호출할 수 있는 API 메서드',
    },
    messages: {
      methodOpen: {
        en: "Method '{resource}' ({method}) has AuthorizationType {authorization} and no API key: anyone who finds the URL can call it.",
        ko: "메서드 '{resource}'({method})의 AuthorizationType이 {authorization}이고 API 키도 없습니다. URL을 아는 누구나 호출할 수 있습니다.",
      },
      routeOpen: {
        en: "Route '{resource}' ({method}) of HTTP API '{api}' has AuthorizationType {authorization}: anyone who finds the URL can call it.",
        ko: "HTTP API '{api}'의 라우트 '{resource}'({method})의 AuthorizationType이 {authorization}입니다. URL을 아는 누구나 호출할 수 있습니다.",
      },
      eventAuthOff: {
        en: "{type} event '{event}' of function '{resource}' ({method}) sets Auth.Authorizer to NONE, opting out of the API's authorizer: anyone who finds the URL can call it.",
        ko: "함수 '{resource}'의 {type} 이벤트 '{event}'({method})가 Auth.Authorizer를 NONE으로 설정해 API의 권한 부여자를 끕니다. URL을 아는 누구나 호출할 수 있습니다.",
      },
      eventOpen: {
        en: "{type} event '{event}' of function '{resource}' ({method}) has no Auth, and its API sets no default authorizer or API key: anyone who finds the URL can call it.",
        ko: "함수 '{resource}'의 {type} 이벤트 '{event}'({method})에 Auth가 없고, API에도 기본 권한 부여자나 API 키가 없습니다. URL을 아는 누구나 호출할 수 있습니다.",
      },
    },
    lesson: {
      why: {
        en: 'An API method without an authorizer, IAM authorization or an API key answers every caller on the internet. API Gateway can check identity before the backend runs: Cognito User Pools, IAM (SigV4), or a Lambda authorizer.',
        ko: '권한 부여자, IAM 인증, API 키 중 아무것도 없는 API 메서드는 인터넷의 모든 호출에 응답합니다. API Gateway는 백엔드 실행 전에 신원을 확인할 수 있습니다: Cognito User Pools, IAM(SigV4), Lambda 권한 부여자.',
      },
      scenario: {
        en: 'The serverless to-do app of the notes: a mobile client calls a REST API (API Gateway + Lambda + DynamoDB), and its users authenticate with a managed serverless service, Cognito, whose tokens API Gateway validates.',
        ko: '노트의 서버리스 To Do 앱: 모바일 클라이언트가 REST API(API Gateway + Lambda + DynamoDB)를 호출하고, 사용자는 관리형 서버리스 서비스인 Cognito로 인증하며 API Gateway가 그 토큰을 검증합니다.',
      },
      answer: {
        en: 'Attach an authorizer: a Cognito User Pools authorizer for app users, `AWS_IAM` for AWS callers, or a Lambda authorizer for custom tokens. Use API keys with usage plans to throttle clients, not as the only authentication.',
        ko: '권한 부여자를 붙이세요: 앱 사용자에게는 Cognito User Pools, AWS 호출자에게는 `AWS_IAM`, 자체 토큰에는 Lambda 권한 부여자. API 키와 사용량 계획은 클라이언트 제한용이지 유일한 인증 수단이 아닙니다.',
      },
    },
    seeds: ['001', '003'],
  },
  check({ template, report }) {
    // REST API methods.
    for (const method of template.resourcesOfType('AWS::ApiGateway::Method')) {
      const props = method.properties;
      const verb = resolveString(template, mapGet(props, 'HttpMethod'))?.toUpperCase();
      if (!verb || verb === 'OPTIONS') continue; // CORS preflight carries no credentials
      const authNode = mapGet(props, 'AuthorizationType');
      const authorization = authNode === undefined ? 'NONE' : resolveString(template, authNode)?.toUpperCase();
      if (authorization !== 'NONE') continue;
      const apiKey = mapGet(props, 'ApiKeyRequired');
      if (apiKey !== undefined && resolveBoolean(template, apiKey) !== false) continue; // a key is required, or undecided
      if (restApiRestricted(template, mapGet(props, 'RestApiId'))) continue;
      report({
        messageId: 'methodOpen',
        path: authNode === undefined ? missingPropertyPath(method) : ['Resources', method.id, 'Properties', 'AuthorizationType'],
        resourceId: method.id,
        data: { resource: method.id, method: verb, authorization },
      });
    }

    // HTTP API routes (WebSocket routes authorize on $connect only, so they are left out).
    for (const route of template.resourcesOfType('AWS::ApiGatewayV2::Route')) {
      const props = route.properties;
      const api = template.resources.get(referencedId(mapGet(props, 'ApiId')) ?? '');
      if (api?.type !== 'AWS::ApiGatewayV2::Api' || resolveString(template, mapGet(api.properties, 'ProtocolType'))?.toUpperCase() !== 'HTTP') continue;
      const key = resolveString(template, mapGet(props, 'RouteKey'));
      if (!key || key.toUpperCase().startsWith('OPTIONS ')) continue;
      const authNode = mapGet(props, 'AuthorizationType');
      const authorization = authNode === undefined ? 'NONE' : resolveString(template, authNode)?.toUpperCase();
      if (authorization !== 'NONE') continue;
      report({
        messageId: 'routeOpen',
        path: authNode === undefined ? missingPropertyPath(route) : ['Resources', route.id, 'Properties', 'AuthorizationType'],
        resourceId: route.id,
        data: { resource: route.id, method: key, api: api.id, authorization },
      });
    }

    // SAM Api/HttpApi events.
    for (const event of samApiEvents(template)) {
      const verb = resolveString(template, mapGet(event.properties, 'Method'))?.toUpperCase();
      if (!verb || verb === 'OPTIONS') continue;
      const route = resolveString(template, mapGet(event.properties, 'Path'));
      const own = eventAuth(template, mapGet(event.properties, 'Auth'));
      if (own === 'protected' || own === 'unknown') continue;
      // Without Auth of its own the API's defaults decide; `Authorizer: NONE` opts out of the
      // default authorizer, but not of required API keys, resource policies or a private endpoint.
      const api = apiProtection(template, event);
      if (api.other || (own === 'absent' && api.authorizer)) continue;
      report({
        messageId: own === 'off' ? 'eventAuthOff' : 'eventOpen',
        path: own === 'off' ? [...event.path, 'Properties', 'Auth', 'Authorizer'] : event.path,
        resourceId: event.fn.id,
        data: { resource: event.fn.id, event: event.name, type: event.type, method: route ? `${verb} ${route}` : verb },
      });
    }
  },
};

/** A private API, or one with a resource policy, already limits who can call it. */
function restApiRestricted(template: Template, apiNode: CfnNode | undefined): boolean {
  const api = template.resources.get(referencedId(apiNode) ?? '');
  if (api?.type !== 'AWS::ApiGateway::RestApi') return false;
  const type = endpointType(template, api.properties);
  return type === 'PRIVATE' || type === undefined || mapGet(api.properties, 'Policy') !== undefined;
}

/** An event's own `Auth`: protecting, explicitly off (`Authorizer: NONE`), absent, or undecided. */
function eventAuth(template: Template, auth: CfnNode | undefined): 'protected' | 'off' | 'absent' | 'unknown' {
  if (auth === undefined) return 'absent';
  if (!isMap(auth)) return 'unknown';
  if (resolveBoolean(template, mapGet(auth, 'ApiKeyRequired')) === true) return 'protected';
  if (mapGet(auth, 'ResourcePolicy') !== undefined) return 'protected';
  const authorizerNode = mapGet(auth, 'Authorizer');
  if (authorizerNode === undefined) return 'absent';
  const authorizer = resolveString(template, authorizerNode);
  if (authorizer === undefined) return 'unknown';
  return authorizer.toUpperCase() === 'NONE' ? 'off' : 'protected';
}

/**
 * How the API behind a SAM event protects it by default: a DefaultAuthorizer, or something
 * else (required API keys, a resource policy, a private endpoint, an OpenAPI definition that
 * carries its own security). An API outside this template is unknown, so it protects.
 */
function apiProtection(template: Template, event: SamApiEvent): { authorizer: boolean; other: boolean } {
  const protectedByOther = { authorizer: false, other: true };
  const idKey = event.type === 'Api' ? 'RestApiId' : 'ApiId';
  const idNode = mapGet(event.properties, idKey);
  let props: CfnNode | undefined;
  if (idNode === undefined) {
    props = mapGet(template.globals, event.type); // the implicit API takes Globals only
  } else {
    const api = template.resources.get(referencedId(idNode) ?? '');
    const samType = event.type === 'Api' ? 'AWS::Serverless::Api' : 'AWS::Serverless::HttpApi';
    if (api?.type !== samType) return protectedByOther;
    props = api.effectiveProperties;
  }
  if (mapGet(props, 'DefinitionBody') !== undefined || mapGet(props, 'DefinitionUri') !== undefined) return protectedByOther;
  const type = endpointType(template, props);
  if (type === 'PRIVATE' || type === undefined) return protectedByOther;
  const auth = mapGet(props, 'Auth');
  if (auth === undefined) return { authorizer: false, other: false };
  if (!isMap(auth)) return protectedByOther;
  const apiKey = mapGet(auth, 'ApiKeyRequired');
  const other = (apiKey !== undefined && resolveBoolean(template, apiKey) !== false) || mapGet(auth, 'ResourcePolicy') !== undefined;
  const fallback = mapGet(auth, 'DefaultAuthorizer');
  const name = fallback === undefined ? 'NONE' : resolveString(template, fallback);
  return { authorizer: name === undefined || name.toUpperCase() !== 'NONE', other };
}
