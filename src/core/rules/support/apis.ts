/**
 * API Gateway facts shared by the API rules: SAM API events, the functions an integration
 * URI names, and which functions API Gateway may invoke. Indexed once per template.
 */
import { intrinsicName, isMap, isSeq, mapGet, type CfnMap, type CfnNode, type TemplatePath } from '../../parse/nodes';
import { resolveString } from '../../model/values';
import type { Resource, Template } from '../../model/template';
import { collectReferences, referencedId } from '../../graph/references';
import { isLambdaFunction, lambdaFunctions } from './lambda';

export const APIGATEWAY_PRINCIPAL = 'apigateway.amazonaws.com';

export interface SamApiEvent {
  fn: Resource;
  name: string;
  type: 'Api' | 'HttpApi';
  /** The event's `Properties` map, if written. */
  properties: CfnMap | undefined;
  path: TemplatePath;
}

/** `Events` of SAM functions whose Type is Api or HttpApi. */
export function samApiEvents(template: Template): SamApiEvent[] {
  const out: SamApiEvent[] = [];
  for (const fn of template.resourcesOfType('AWS::Serverless::Function')) {
    const events = mapGet(fn.effectiveProperties, 'Events');
    if (!isMap(events)) continue;
    for (const entry of events.entries) {
      const type = resolveString(template, mapGet(entry.value, 'Type'));
      if (type !== 'Api' && type !== 'HttpApi') continue;
      const properties = mapGet(entry.value, 'Properties');
      out.push({
        fn,
        name: entry.key,
        type,
        properties: isMap(properties) ? properties : undefined,
        path: template.pathOf(entry.value) ?? ['Resources', fn.id, 'Properties', 'Events', entry.key],
      });
    }
  }
  return out;
}

/**
 * The Lambda function of this template an integration URI invokes:
 * `arn:…:apigateway:…:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations` in any
 * intrinsic form, or `Fn::GetAtt Fn.Arn` directly (HTTP APIs). An alias or version
 * counts as its function.
 */
export function invokedFunction(template: Template, uri: CfnNode | undefined): { fn: Resource; target: Resource } | undefined {
  if (!uri) return undefined;
  for (const reference of collectReferences(uri, [])) {
    const fn = functionBehind(template, reference.target);
    if (fn) return { fn, target: template.resources.get(reference.target)! };
  }
  return undefined;
}

export interface OpenApiIntegration {
  /** The API resource whose OpenAPI body holds the integration. */
  api: Resource;
  uri: CfnNode;
  /** An IAM role API Gateway assumes to call the backend (no resource policy needed then). */
  credentials: CfnNode | undefined;
}

const OPENAPI_BODIES: ReadonlyArray<readonly [string, string]> = [
  ['AWS::ApiGateway::RestApi', 'Body'],
  ['AWS::ApiGatewayV2::Api', 'Body'],
  ['AWS::Serverless::Api', 'DefinitionBody'],
  ['AWS::Serverless::HttpApi', 'DefinitionBody'],
];

/** `x-amazon-apigateway-integration` entries of the inline OpenAPI bodies. */
export function openApiIntegrations(template: Template): OpenApiIntegration[] {
  const out: OpenApiIntegration[] = [];
  for (const [type, key] of OPENAPI_BODIES) {
    for (const api of template.resourcesOfType(type)) {
      const body = mapGet(api.properties, key);
      const stack: CfnNode[] = body ? [body] : [];
      while (stack.length > 0) {
        const node = stack.pop()!;
        if (isSeq(node)) stack.push(...node.items);
        if (!isMap(node) || intrinsicName(node)) continue;
        for (const entry of node.entries) {
          if (entry.key === 'x-amazon-apigateway-integration' && isMap(entry.value)) {
            const uri = mapGet(entry.value, 'uri');
            if (uri) out.push({ api, uri, credentials: mapGet(entry.value, 'credentials') });
          } else stack.push(entry.value);
        }
      }
    }
  }
  return out;
}

function functionBehind(template: Template, id: string): Resource | undefined {
  const resource = template.resources.get(id);
  if (isLambdaFunction(resource)) return resource;
  if (resource?.type === 'AWS::Lambda::Alias' || resource?.type === 'AWS::Lambda::Version') {
    const fn = template.resources.get(referencedId(mapGet(resource.properties, 'FunctionName')) ?? '');
    return isLambdaFunction(fn) ? fn : undefined;
  }
  return undefined;
}

interface InvokeIndex {
  /** Functions API Gateway may invoke, through a permission or a SAM event. */
  allowed: Set<string>;
  /** A permission for API Gateway whose function the template does not decide. */
  unresolvedPermission: boolean;
}

const memo = new WeakMap<Template, InvokeIndex>();

/** True when API Gateway may invoke the function, or when the template can't tell. */
export function apiGatewayMayInvoke(template: Template, fn: Resource): boolean {
  let index = memo.get(template);
  if (!index) {
    index = buildInvokeIndex(template);
    memo.set(template, index);
  }
  return index.unresolvedPermission || index.allowed.has(fn.id);
}

function buildInvokeIndex(template: Template): InvokeIndex {
  const allowed = new Set<string>();
  let unresolvedPermission = false;
  // Functions by their literal FunctionName, for permissions that name a function by name.
  const byName = new Map<string, string>();
  for (const fn of lambdaFunctions(template)) {
    const name = resolveString(template, mapGet(fn.properties, 'FunctionName'));
    if (name) byName.set(name, fn.id);
  }
  for (const permission of template.resourcesOfType('AWS::Lambda::Permission')) {
    const principalNode = mapGet(permission.properties, 'Principal');
    const principal = resolveString(template, principalNode);
    if (principal !== undefined && principal !== APIGATEWAY_PRINCIPAL && principal !== '*') continue;
    const target = mapGet(permission.properties, 'FunctionName');
    const id = referencedId(target);
    const fn = id ? functionBehind(template, id) : undefined;
    const byLiteral = byName.get(resolveString(template, target) ?? '');
    if (fn) allowed.add(fn.id);
    else if (byLiteral) allowed.add(byLiteral);
    else unresolvedPermission = true;
  }
  // SAM creates the permission for a function's own Api/HttpApi events.
  for (const event of samApiEvents(template)) allowed.add(event.fn.id);
  return { allowed, unresolvedPermission };
}

/** The API of this template a value names (`RestApiId: !Ref Api`). */
export function apiId(template: Template, node: CfnNode | undefined): string | undefined {
  const id = referencedId(node);
  return id && template.resources.has(id) ? id : undefined;
}

/** `EndpointConfiguration.Types` (REST APIs, domain names) or a SAM `EndpointConfiguration` string. */
export function endpointType(template: Template, properties: CfnNode | undefined): string | undefined | null {
  const config = mapGet(properties, 'EndpointConfiguration');
  if (config === undefined) return null; // not written: the service default
  const direct = resolveString(template, config);
  if (direct) return direct.toUpperCase();
  const types = mapGet(config, 'Types') ?? mapGet(config, 'Type');
  if (isSeq(types) && types.items.length === 1) return resolveString(template, types.items[0])?.toUpperCase();
  if (types !== undefined && !isSeq(types) && !intrinsicName(types)) return resolveString(template, types)?.toUpperCase();
  return types === undefined ? null : undefined;
}
