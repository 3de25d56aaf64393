import { intrinsicName, isMap, isSeq, mapGet, scalarString, type CfnNode, type TemplatePath } from '../../parse/nodes';
import type { Resource, Template } from '../../model/template';
import { resolveString } from '../../model/values';
import { collectReferences } from '../../graph/references';
import { functionResolver, type FunctionResolver } from './functionRefs';

export type EdgeEventKind = 'viewer' | 'origin';

/** One `LambdaFunctionAssociations` entry of a CloudFront distribution, resolved to a function. */
export interface EdgeAssociation {
  distributionId: string;
  functionId: string;
  /** `viewer-request` …; undefined when the template does not decide it. */
  eventType: string | undefined;
  kind: EdgeEventKind | undefined;
  /** Path of the `LambdaFunctionARN` value. */
  path: TemplatePath;
}

/**
 * Every Lambda@Edge association whose function is created in this template. Behaviors,
 * association lists and entries wrapped in `Fn::If` are skipped: the template does not
 * decide whether the association exists.
 */
export function lambdaEdgeAssociations(template: Template): EdgeAssociation[] {
  const out: EdgeAssociation[] = [];
  const resolver = functionResolver(template);
  for (const distribution of template.resourcesOfType('AWS::CloudFront::Distribution')) {
    const base: TemplatePath = ['Resources', distribution.id, 'Properties', 'DistributionConfig'];
    const config = mapGet(distribution.properties, 'DistributionConfig');
    const behaviors: Array<{ node: CfnNode | undefined; path: TemplatePath }> = [{ node: mapGet(config, 'DefaultCacheBehavior'), path: [...base, 'DefaultCacheBehavior'] }];
    const more = mapGet(config, 'CacheBehaviors');
    if (isSeq(more)) more.items.forEach((node, i) => behaviors.push({ node, path: [...base, 'CacheBehaviors', i] }));
    for (const behavior of behaviors) {
      if (!isMap(behavior.node) || intrinsicName(behavior.node)) continue;
      const associations = mapGet(behavior.node, 'LambdaFunctionAssociations');
      if (!isSeq(associations)) continue;
      associations.items.forEach((association, i) => {
        if (!isMap(association) || intrinsicName(association)) return;
        const arn = mapGet(association, 'LambdaFunctionARN');
        const functionId = edgeFunctionId(resolver, arn);
        if (!functionId || !arn) return;
        const eventType = resolveString(template, mapGet(association, 'EventType'));
        const kind = eventType?.startsWith('viewer-') ? 'viewer' : eventType?.startsWith('origin-') ? 'origin' : undefined;
        out.push({ distributionId: distribution.id, functionId, eventType, kind, path: template.pathOf(arn) ?? [...behavior.path, 'LambdaFunctionAssociations', i, 'LambdaFunctionARN'] });
      });
    }
  }
  return out;
}

/**
 * The function a `LambdaFunctionARN` names. It must be a numbered version, so it is
 * usually `Ref Version`, SAM's `Ref Fn.Version`, or `${Fn.Arn}:3`; all lead to the function.
 */
function edgeFunctionId(resolver: FunctionResolver, arn: CfnNode | undefined): string | undefined {
  if (!arn || intrinsicName(arn) === 'Fn::If') return undefined;
  const direct = resolver.functionIdOf(arn);
  if (direct) return direct;
  const found = new Set<string>();
  for (const reference of collectReferences(arn, [])) {
    const id = resolver.functionIdOfLogicalId(reference.target);
    if (id) found.add(id);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** True when `node` (a condition body) only holds where `AWS::Region` is us-east-1. */
function requiresUsEast1(template: Template, node: CfnNode | undefined, depth = 0): boolean {
  if (!node || depth > 8) return false;
  const fn = intrinsicName(node);
  const arg = fn ? mapGet(node, fn) : undefined;
  if (fn === 'Condition') return requiresUsEast1(template, template.conditions.get(scalarString(arg) ?? ''), depth + 1);
  if (fn === 'Fn::And' && isSeq(arg)) return arg.items.some((item) => requiresUsEast1(template, item, depth + 1));
  if (fn === 'Fn::Equals' && isSeq(arg) && arg.items.length === 2) {
    const [a, b] = arg.items;
    return (isRegionRef(a) && resolveString(template, b) === US_EAST_1) || (isRegionRef(b) && resolveString(template, a) === US_EAST_1);
  }
  if (fn === 'Fn::Contains' && isSeq(arg) && arg.items.length === 2 && isRegionRef(arg.items[1]) && isSeq(arg.items[0])) {
    const allowed = arg.items[0].items.map((item) => resolveString(template, item));
    return allowed.length > 0 && allowed.every((region) => region === US_EAST_1);
  }
  return false;
}

export const US_EAST_1 = 'us-east-1';

function isRegionRef(node: CfnNode | undefined): boolean {
  return intrinsicName(node) === 'Ref' && scalarString(mapGet(node, 'Ref')) === 'AWS::Region';
}

/** True when a resource's `Condition` holds only in us-east-1: elsewhere it is not created. */
export function conditionPinnedToUsEast1(template: Template, resource: Resource): boolean {
  return !!resource.condition && requiresUsEast1(template, template.conditions.get(resource.condition));
}

/** True when a `Rules` assertion without a `RuleCondition` rejects every Region but us-east-1. */
export function rulesPinUsEast1(template: Template): boolean {
  const rules = mapGet(template.root, 'Rules');
  if (!isMap(rules)) return false;
  return rules.entries.some((rule) => {
    if (mapGet(rule.value, 'RuleCondition') !== undefined) return false;
    const assertions = mapGet(rule.value, 'Assertions');
    return isSeq(assertions) && assertions.items.some((assertion) => requiresUsEast1(template, mapGet(assertion, 'Assert')));
  });
}
