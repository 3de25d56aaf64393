import { isMap, mapGet, type CfnMap, type CfnNode } from '../../parse/nodes';
import type { Resource, Template } from '../../model/template';
import type { TemplatePath } from '../../parse/nodes';

export const LAMBDA_FUNCTION_TYPES = ['AWS::Lambda::Function', 'AWS::Serverless::Function'] as const;

/** Plain Lambda and SAM functions alike; SAM ones see Globals.Function merged in. */
export function lambdaFunctions(template: Template): Resource[] {
  return LAMBDA_FUNCTION_TYPES.flatMap((type) => template.resourcesOfType(type));
}

export function isLambdaFunction(resource: Resource | undefined): boolean {
  return !!resource && (LAMBDA_FUNCTION_TYPES as readonly string[]).includes(resource.type);
}

export interface PropertyRef {
  node: CfnNode;
  /** Where the value is written: the resource's own Properties or the Globals section. */
  path: TemplatePath;
}

/**
 * A property as CloudFormation sees it (Globals merged), with the path of the place
 * where it is written, so a finding underlines the value the user has to change.
 */
export function effectiveProperty(template: Template, resource: Resource, ...keys: string[]): PropertyRef | undefined {
  let node: CfnNode | undefined = resource.effectiveProperties;
  for (const key of keys) node = isMap(node) ? mapGet(node, key) : undefined;
  if (node === undefined) return undefined;
  const path = template.pathOf(node) ?? ['Resources', resource.id, 'Properties', ...keys];
  return { node, path };
}

/** Path used when a property is missing: the Properties key, else the logical id. */
export function missingPropertyPath(resource: Resource): TemplatePath {
  return resource.properties ? ['Resources', resource.id, 'Properties'] : ['Resources', resource.id];
}

export function ownProperties(resource: Resource): CfnMap | undefined {
  return resource.properties;
}
