import type { TemplateBuilder } from '../builder';
import { getAtt, note, ref, sub, type Value, type ValueMap } from '../values';
import { invokePermission } from './lambda';

export interface RestApiIds {
  api: string;
  authorizer?: string;
  methods: string[];
}

/** A regional REST API; with a user pool, a Cognito authorizer checks every call's token. */
export function restApi(t: TemplateBuilder, id: string, description: string, comment: string, userPool?: string): RestApiIds {
  t.resource(id, 'AWS::ApiGateway::RestApi', { Name: sub(`\${AWS::StackName}-${id}`), Description: description, EndpointConfiguration: { Types: ['REGIONAL'] } }, comment);
  const ids: RestApiIds = { api: id, methods: [] };
  if (userPool) {
    ids.authorizer = t.resource(
      `${id}Authorizer`,
      'AWS::ApiGateway::Authorizer',
      {
        RestApiId: ref(id),
        Name: 'cognito',
        Type: 'COGNITO_USER_POOLS',
        ProviderARNs: [getAtt(userPool, 'Arn')],
        IdentitySource: 'method.request.header.Authorization',
      },
      'API Gateway verifies the Cognito token before any code runs; unauthenticated calls never reach Lambda.',
    );
  }
  return ids;
}

export function apiResource(t: TemplateBuilder, id: string, api: string, parent: Value, pathPart: string): string {
  return t.resource(id, 'AWS::ApiGateway::Resource', { RestApiId: ref(api), ParentId: parent, PathPart: pathPart });
}

export const rootResource = (api: string): ValueMap => getAtt(api, 'RootResourceId');

export interface MethodSpec {
  id: string;
  resource: Value;
  httpMethod: string;
  integration: ValueMap;
  /** Extra method properties (request parameters, API key). */
  extra?: ValueMap;
  comment?: string;
}

/** A method guarded by the API's Cognito authorizer (or an API key where there is none). */
export function apiMethod(t: TemplateBuilder, ids: RestApiIds, spec: MethodSpec): string {
  const auth: ValueMap = ids.authorizer
    ? { AuthorizationType: 'COGNITO_USER_POOLS', AuthorizerId: ref(ids.authorizer) }
    : { AuthorizationType: 'NONE', ApiKeyRequired: true };
  t.resource(
    spec.id,
    'AWS::ApiGateway::Method',
    { RestApiId: ref(ids.api), ResourceId: spec.resource, HttpMethod: spec.httpMethod, ...auth, ...(spec.extra ?? {}), Integration: spec.integration },
    spec.comment,
  );
  ids.methods.push(spec.id);
  return spec.id;
}

/** Lambda proxy integration: the function gets the whole request and returns the response. */
export const lambdaProxy = (fn: string, extra: ValueMap = {}): ValueMap => ({
  Type: 'AWS_PROXY',
  IntegrationHttpMethod: 'POST',
  Uri: sub(`arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${${fn}.Arn}/invocations`),
  ...extra,
});

/** API Gateway may invoke the function, from this API only. */
export function apiInvokePermission(t: TemplateBuilder, id: string, fn: string, api: string): string {
  return invokePermission(
    t,
    id,
    fn,
    'apigateway.amazonaws.com',
    sub(`arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${${api}}/*`),
    'API Gateway needs permission to call the function; without it every request returns 500.',
  );
}

export interface StageSpec {
  stageName: string;
  /** Per-method settings (caching), besides the default throttling. */
  methodSettings?: ValueMap[];
  cacheClusterSize?: string;
}

/** Deployment (after every method exists) and a stage with throttling limits. */
export function apiStage(t: TemplateBuilder, ids: RestApiIds, spec: StageSpec): string {
  const deployment = `${ids.api}Deployment`;
  t.resource(deployment, 'AWS::ApiGateway::Deployment', { RestApiId: ref(ids.api), Description: 'Initial deployment' }, undefined, { dependsOn: [...ids.methods] });
  const stage: ValueMap = {
    RestApiId: ref(ids.api),
    DeploymentId: ref(deployment),
    StageName: spec.stageName,
  };
  if (spec.cacheClusterSize) {
    stage.CacheClusterEnabled = note('A response cache in front of Lambda: repeated reads cost neither Lambda nor RCUs.', true);
    stage.CacheClusterSize = spec.cacheClusterSize;
  }
  stage.MethodSettings = [
    note('Throttling protects the backend from bursts.', { ResourcePath: '/*', HttpMethod: '*', ThrottlingBurstLimit: 100, ThrottlingRateLimit: 50 }),
    ...(spec.methodSettings ?? []),
  ];
  return t.resource(`${ids.api}Stage`, 'AWS::ApiGateway::Stage', stage);
}

export const stageUrl = (api: string, stage: string, path = ''): ValueMap =>
  sub(`https://\${${api}}.execute-api.\${AWS::Region}.\${AWS::URLSuffix}/${stage}${path}`);
