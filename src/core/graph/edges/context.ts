import { isMap, isSeq, mapGet, scalarString, type CfnNode, type TemplatePath } from '../../parse/nodes';
import type { Resource, Template } from '../../model/template';
import { collectReferences } from '../references';
import type { GraphEdge, GraphNode, SemanticEdgeKind } from '../types';

/**
 * What every semantic-edge module needs: the template, a way to add an edge whose origin
 * is the path of the node that declares it, and "which graph nodes does this value name".
 */
export interface EdgeContext {
  template: Template;
  /** Adds an edge; `declaredAt` is the node whose template path becomes the edge's origin. */
  link(from: string, to: string, kind: SemanticEdgeKind, declaredAt: CfnNode | TemplatePath, detail?: string): void;
  /**
   * Graph nodes a value names anywhere inside it, in order of appearance: resources of this
   * template through Ref/GetAtt/Sub (also inside Join, Select, Split, If), and imported
   * values through Fn::ImportValue. Parameters and pseudo-parameters are not nodes.
   */
  namedIn(value: CfnNode | undefined): string[];
  /** The first node a value names, or undefined. */
  firstNamedIn(value: CfnNode | undefined): string | undefined;
  /**
   * Lambda aliases, versions and function URLs stand for the function behind them, so
   * that a flow reaches the code that runs (and rules about that function see it).
   */
  behindAlias(id: string): string;
  typeOf(id: string): string | undefined;
  /** Imports and nested stacks: their type says nothing about what they stand for. */
  isExternal(id: string): boolean;
  resource(id: string): Resource | undefined;
  /** Resources of any of these types. */
  resourcesOf(...types: string[]): Resource[];
}

const LAMBDA_FUNCTION_TYPES: ReadonlySet<string> = new Set(['AWS::Lambda::Function', 'AWS::Serverless::Function']);

/**
 * Things a request or a workflow step can hand work to. Service integrations and state
 * machines name other resources too (roles, log groups), which are not what the call reaches.
 */
export const INVOCABLE_TYPES: ReadonlySet<string> = new Set([
  ...LAMBDA_FUNCTION_TYPES,
  'AWS::SQS::Queue',
  'AWS::SNS::Topic',
  'AWS::DynamoDB::Table',
  'AWS::DynamoDB::GlobalTable',
  'AWS::Serverless::SimpleTable',
  'AWS::Kinesis::Stream',
  'AWS::KinesisFirehose::DeliveryStream',
  'AWS::StepFunctions::StateMachine',
  'AWS::Serverless::StateMachine',
  'AWS::Events::EventBus',
  'AWS::S3::Bucket',
  'AWS::ECS::TaskDefinition',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
]);

const ALIAS_LIKE: Readonly<Record<string, string>> = {
  'AWS::Lambda::Alias': 'FunctionName',
  'AWS::Lambda::Version': 'FunctionName',
  'AWS::Lambda::Url': 'TargetFunctionArn',
};

export function createEdgeContext(template: Template, nodes: Map<string, GraphNode>, addEdge: (edge: GraphEdge) => void): EdgeContext {
  const namedIn = (value: CfnNode | undefined): string[] => {
    if (!value) return [];
    const ids: string[] = [];
    for (const reference of collectReferences(value, [])) {
      if (template.resources.has(reference.target) && !ids.includes(reference.target)) ids.push(reference.target);
    }
    for (const id of importedNames(value)) {
      if (nodes.has(id) && !ids.includes(id)) ids.push(id);
    }
    return ids;
  };

  const behindAlias = (id: string, depth = 0): string => {
    const resource = template.resources.get(id);
    const property = resource ? ALIAS_LIKE[resource.type] : undefined;
    if (!resource || !property || depth > 3) return id;
    const target = namedIn(mapGet(resource.properties, property))[0];
    return target && target !== id ? behindAlias(target, depth + 1) : id;
  };

  return {
    template,
    link(from, to, kind, declaredAt, detail) {
      const origin = Array.isArray(declaredAt) ? declaredAt : template.pathOf(declaredAt as CfnNode);
      if (!origin) return;
      addEdge(detail === undefined ? { from, to, kind, origin } : { from, to, kind, origin, detail });
    },
    namedIn,
    firstNamedIn: (value) => namedIn(value)[0],
    behindAlias: (id) => behindAlias(id),
    typeOf: (id) => template.resources.get(id)?.type,
    isExternal: (id) => nodes.get(id)?.external ?? false,
    resource: (id) => template.resources.get(id),
    resourcesOf: (...types) => types.flatMap((type) => template.resourcesOfType(type)),
  };
}

/** Node ids of `Fn::ImportValue` inside a value, named the way buildGraph names them. */
function importedNames(value: CfnNode): string[] {
  const out: string[] = [];
  const visit = (node: CfnNode, depth: number): void => {
    if (depth > 100) return;
    if (isSeq(node)) node.items.forEach((item) => visit(item, depth + 1));
    if (!isMap(node)) return;
    for (const entry of node.entries) {
      if (entry.key !== 'Fn::ImportValue') {
        visit(entry.value, depth + 1);
        continue;
      }
      const sub = mapGet(entry.value, 'Fn::Sub');
      const name = scalarString(entry.value) ?? (isSeq(sub) ? scalarString(sub.items[0]) : scalarString(sub));
      if (name) out.push(`Import:${name}`);
    }
  };
  visit(value, 0);
  return out;
}

/** The items of a list value; a single value counts as a one-item list (IAM allows both). */
export function itemsOf(value: CfnNode | undefined): CfnNode[] {
  if (value === undefined) return [];
  return isSeq(value) ? value.items : [value];
}

/** The items of a literal list; anything else (an intrinsic, a scalar) has none. */
export function seqItems(value: CfnNode | undefined): CfnNode[] {
  return isSeq(value) ? value.items : [];
}
