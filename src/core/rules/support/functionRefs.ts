import { intrinsicName, isMap, isSeq, mapGet, scalarString, type CfnNode, type TemplatePath } from '../../parse/nodes';
import type { Resource, Template } from '../../model/template';
import { resolveString } from '../../model/values';
import { collectReferences, referencedId, type Reference } from '../../graph/references';
import type { ResourceGraph } from '../../graph/types';
import { isLambdaFunction, lambdaFunctions } from './lambda';

/** Resources whose `FunctionName` names the function they belong to. */
const FUNCTION_CHILD_TYPES = new Set(['AWS::Lambda::Version', 'AWS::Lambda::Alias']);

const resolvers = new WeakMap<Template, FunctionResolver>();

/** One resolver per template, so the name index is built once however many checks ask. */
export function functionResolver(template: Template): FunctionResolver {
  let resolver = resolvers.get(template);
  if (!resolver) resolvers.set(template, (resolver = new FunctionResolver(template)));
  return resolver;
}

/**
 * Which Lambda function of the template a value names: `Ref F`, `GetAtt F.Arn`,
 * `${F.Arn}`, SAM's `Ref F.Alias` / `Ref F.Version`, a version or alias resource
 * (through its `FunctionName`), or the literal `FunctionName` of a function.
 */
export class FunctionResolver {
  private byName: Map<string, string> | undefined;

  constructor(private readonly template: Template) {}

  functionIdOf(node: CfnNode | undefined, depth = 0): string | undefined {
    if (!node || depth > 4) return undefined;
    const id = referencedId(node);
    if (id !== undefined) return this.functionIdOfLogicalId(id, depth);
    const literal = resolveString(this.template, node);
    return literal === undefined ? undefined : this.functionIdOfName(literal);
  }

  /** A logical id, possibly with SAM's `.Alias`/`.Version` suffix. */
  functionIdOfLogicalId(id: string, depth = 0): string | undefined {
    const resource = this.template.resources.get(id) ?? this.template.resources.get(id.split('.')[0]);
    if (!resource) return undefined;
    if (isLambdaFunction(resource)) return resource.id;
    if (FUNCTION_CHILD_TYPES.has(resource.type)) return this.functionIdOf(mapGet(resource.properties, 'FunctionName'), depth + 1);
    return undefined;
  }

  /** A literal function name or ARN (`arn:…:function:name[:qualifier]`). */
  private functionIdOfName(text: string): string | undefined {
    if (!this.byName) {
      this.byName = new Map();
      for (const fn of lambdaFunctions(this.template)) {
        const name = resolveString(this.template, mapGet(fn.properties, 'FunctionName'));
        if (name) this.byName.set(name, fn.id);
      }
    }
    const arn = /:function:([^:]+)/.exec(text);
    return this.byName.get(arn ? arn[1] : text);
  }
}

/**
 * Properties whose values the function's code reads at run time (connection strings,
 * mounted file systems, code that embeds an endpoint). IAM policies, event sources and
 * tags name resources without connecting to them, so they are left out.
 */
const RUNTIME_PROPERTIES = ['Environment', 'FileSystemConfigs', 'Code', 'InlineCode'];

/**
 * The references a function makes at run time, Globals merged, each with the path of
 * the intrinsic as written (in the resource or in `Globals`). References inside `Fn::If`
 * are left out: the template does not decide whether they are made.
 */
export function runtimeReferences(template: Template, fn: Resource): Reference[] {
  const out: Reference[] = [];
  const visit = (node: CfnNode, path: TemplatePath, depth: number): void => {
    const fnName = intrinsicName(node);
    if (depth > 64 || fnName === 'Fn::If') return;
    if (fnName === 'Ref' || fnName === 'Fn::GetAtt' || fnName === 'Fn::Sub') {
      out.push(...collectReferences(node, template.pathOf(node) ?? path));
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, template.pathOf(item) ?? [...path, i], depth + 1));
    } else if (isMap(node)) {
      for (const entry of node.entries) visit(entry.value, template.pathOf(entry.value) ?? [...path, entry.key], depth + 1);
    }
  };
  for (const key of RUNTIME_PROPERTIES) {
    const value = mapGet(fn.effectiveProperties, key);
    if (value !== undefined) visit(value, template.pathOf(value) ?? ['Resources', fn.id, 'Properties', key], 0);
  }
  return out;
}

/** `Ref X.Alias` (SAM) names X; a plain `Ref` target has no dot. */
export function baseLogicalId(reference: Reference): string {
  return reference.kind === 'ref' ? reference.target.split('.')[0] : reference.target;
}

export interface SqsFeed {
  /** Logical id of the queue when it is in this template. */
  queueId?: string;
  /** How to name the queue in a message: its logical id, or the name in its ARN. */
  queueLabel: string;
}

/**
 * Functions fed by SQS, found once per check. Queues of this template come from the graph's
 * `triggers` edges. What the graph can't draw is read from the event sources themselves:
 * a queue that lives elsewhere (an ARN written as a literal or a `Sub`), and a mapping that
 * names its function by `FunctionName` rather than by reference.
 */
export function sqsFedFunctions(template: Template, graph: ResourceGraph): Map<string, SqsFeed> {
  const fed = new Map<string, SqsFeed>();
  const add = (fnId: string | undefined, feed: SqsFeed | undefined) => {
    if (fnId && feed && !fed.has(fnId)) fed.set(fnId, feed);
  };
  for (const fn of lambdaFunctions(template)) {
    for (const edge of graph.incoming(fn.id, 'triggers')) {
      if (graph.nodes.get(edge.from)?.type === 'AWS::SQS::Queue') add(fn.id, { queueId: edge.from, queueLabel: edge.from });
    }
  }
  const resolver = functionResolver(template);
  for (const mapping of template.resourcesOfType('AWS::Lambda::EventSourceMapping')) {
    add(resolver.functionIdOf(mapGet(mapping.properties, 'FunctionName')), sqsQueueOf(template, mapGet(mapping.properties, 'EventSourceArn')));
  }
  for (const fn of template.resourcesOfType('AWS::Serverless::Function')) {
    const events = mapGet(fn.properties, 'Events');
    if (!isMap(events) || fed.has(fn.id)) continue;
    for (const event of events.entries) {
      if (resolveString(template, mapGet(event.value, 'Type')) !== 'SQS') continue;
      // A queue given as a parameter is still a queue: the event type says so.
      add(fn.id, sqsQueueOf(template, mapGet(mapGet(event.value, 'Properties'), 'Queue')) ?? { queueLabel: event.key });
    }
  }
  return fed;
}

/** The queue an event source ARN names, when it is an SQS queue. */
function sqsQueueOf(template: Template, node: CfnNode | undefined): SqsFeed | undefined {
  const id = referencedId(node);
  if (id !== undefined) {
    return template.resources.get(id)?.type === 'AWS::SQS::Queue' ? { queueId: id, queueLabel: id } : undefined;
  }
  const sub = mapGet(node, 'Fn::Sub');
  const text = resolveString(template, node) ?? scalarString(isSeq(sub) ? sub.items[0] : sub);
  // Partition, region and account may be `${AWS::…}` variables, which contain colons too.
  if (!text || !text.startsWith('arn:') || !text.includes(':sqs:')) return undefined;
  return { queueLabel: text.slice(text.lastIndexOf(':') + 1) };
}
