import { isMap, mapGet, type CfnNode } from '../../parse/nodes';
import { resolveString } from '../../model/values';
import { collectReferences } from '../references';
import { INVOCABLE_TYPES, type EdgeContext } from './context';

/**
 * `invokes` from an API to what its integrations call: API Gateway v1 methods, v2
 * integrations and `x-amazon-apigateway-integration` blocks in OpenAPI bodies. SAM
 * `Api`/`HttpApi` events are drawn with the other SAM events.
 *
 * Edges start at the API (the method's `RestApiId`, the integration's `ApiId`). When that
 * API is not in the template (a parameter or an import), the method or integration
 * resource itself is the start, so the call stays visible.
 */
export function addApiEdges(ctx: EdgeContext): void {
  addRestApiMethods(ctx);
  addHttpApiIntegrations(ctx);
  addOpenApiIntegrations(ctx);
}

/**
 * What an integration calls. `Uri` names a Lambda function ARN for Lambda integrations,
 * or a service path such as `…:sqs:path/${AWS::AccountId}/${Queue.QueueName}`. Service
 * actions like Kinesis `PutRecord` name the stream only in the request mapping, so when
 * the URI names nothing, the request templates and parameters are searched (best effort).
 * Only things a call can reach count, so the `Credentials` role or a log group never do.
 */
function integrationTargets(ctx: EdgeContext, uri: CfnNode | undefined, ...requestMappings: Array<CfnNode | undefined>): string[] {
  const reachable = (id: string) => INVOCABLE_TYPES.has(ctx.typeOf(id) ?? '') || ctx.isExternal(id);
  const fromUri = ctx.namedIn(uri).map(ctx.behindAlias).filter(reachable);
  if (fromUri.length > 0) return fromUri;
  return requestMappings.flatMap((mapping) => ctx.namedIn(mapping)).map(ctx.behindAlias).filter((id) => INVOCABLE_TYPES.has(ctx.typeOf(id) ?? ''));
}

/** API Gateway v1: RestApi → target, origin `Properties.Integration`, detail "GET /items". */
function addRestApiMethods(ctx: EdgeContext): void {
  for (const method of ctx.resourcesOf('AWS::ApiGateway::Method')) {
    const properties = method.effectiveProperties;
    const integration = mapGet(properties, 'Integration');
    if (!integration) continue;
    const targets = integrationTargets(ctx, mapGet(integration, 'Uri'), mapGet(integration, 'RequestTemplates'), mapGet(integration, 'RequestParameters'));
    if (targets.length === 0) continue;
    const api = ctx.firstNamedIn(mapGet(properties, 'RestApiId')) ?? method.id;
    const httpMethod = resolveString(ctx.template, mapGet(properties, 'HttpMethod'))?.toUpperCase();
    const path = resourcePath(ctx, mapGet(properties, 'ResourceId'), 0);
    const detail = [httpMethod, path].filter(Boolean).join(' ') || undefined;
    for (const target of targets) ctx.link(api, target, 'invokes', integration, detail);
  }
}

/**
 * The path of an `AWS::ApiGateway::Resource`, built from `PathPart`s up the `ParentId`
 * chain to `GetAtt Api.RootResourceId`. Undefined as soon as one step is not decided.
 */
function resourcePath(ctx: EdgeContext, resourceId: CfnNode | undefined, depth: number): string | undefined {
  if (!resourceId || depth > 32) return undefined;
  // The root: `GetAtt Api.RootResourceId`, also written `!Sub ${Api.RootResourceId}`.
  const references = collectReferences(resourceId, []);
  if (references.length === 1 && references[0].attribute === 'RootResourceId') return '/';
  const id = ctx.firstNamedIn(resourceId);
  const resource = id ? ctx.resource(id) : undefined;
  if (resource?.type !== 'AWS::ApiGateway::Resource') return undefined;
  const part = resolveString(ctx.template, mapGet(resource.effectiveProperties, 'PathPart'));
  const parent = resourcePath(ctx, mapGet(resource.effectiveProperties, 'ParentId'), depth + 1);
  if (part === undefined || parent === undefined) return undefined;
  return parent === '/' ? `/${part}` : `${parent}/${part}`;
}

/**
 * API Gateway v2: Api → target, origin the integration resource, detail the route keys
 * of the routes whose `Target` (`integrations/${Integration}`) points at it.
 */
function addHttpApiIntegrations(ctx: EdgeContext): void {
  const routeKeys = new Map<string, string[]>();
  for (const route of ctx.resourcesOf('AWS::ApiGatewayV2::Route')) {
    const key = resolveString(ctx.template, mapGet(route.effectiveProperties, 'RouteKey'));
    if (!key) continue;
    for (const integration of ctx.namedIn(mapGet(route.effectiveProperties, 'Target'))) {
      routeKeys.set(integration, [...(routeKeys.get(integration) ?? []), key]);
    }
  }
  for (const integration of ctx.resourcesOf('AWS::ApiGatewayV2::Integration')) {
    const properties = integration.effectiveProperties;
    const targets = integrationTargets(ctx, mapGet(properties, 'IntegrationUri'), mapGet(properties, 'RequestParameters'), mapGet(properties, 'RequestTemplates'));
    const api = ctx.firstNamedIn(mapGet(properties, 'ApiId')) ?? integration.id;
    const detail = routeKeys.get(integration.id)?.join(', ');
    for (const target of targets) ctx.link(api, target, 'invokes', ['Resources', integration.id], detail);
  }
}

/** Where each API type keeps an inline OpenAPI document. */
const OPENAPI_BODY: Readonly<Record<string, string>> = {
  'AWS::ApiGateway::RestApi': 'Body',
  'AWS::ApiGatewayV2::Api': 'Body',
  'AWS::Serverless::Api': 'DefinitionBody',
  'AWS::Serverless::HttpApi': 'DefinitionBody',
};

/** OpenAPI `paths./items.get.x-amazon-apigateway-integration.uri` → API → target, detail "GET /items". */
function addOpenApiIntegrations(ctx: EdgeContext): void {
  for (const [type, bodyProperty] of Object.entries(OPENAPI_BODY)) {
    for (const api of ctx.resourcesOf(type)) {
      const paths = mapGet(mapGet(api.effectiveProperties, bodyProperty), 'paths');
      if (!isMap(paths)) continue;
      for (const path of paths.entries) {
        if (!isMap(path.value)) continue;
        for (const operation of path.value.entries) {
          const integration = mapGet(operation.value, 'x-amazon-apigateway-integration');
          if (!integration) continue;
          const method = operation.key === 'x-amazon-apigateway-any-method' ? 'ANY' : operation.key.toUpperCase();
          const targets = integrationTargets(ctx, mapGet(integration, 'uri'), mapGet(integration, 'requestTemplates'), mapGet(integration, 'requestParameters'));
          for (const target of targets) ctx.link(api.id, target, 'invokes', integration, `${method} ${path.key}`);
        }
      }
    }
  }
}
