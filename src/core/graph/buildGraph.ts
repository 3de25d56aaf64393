import { isSeq, mapGet, scalarString, type CfnNode } from '../parse/nodes';
import type { Template } from '../model/template';
import { collectReferences } from './references';
import { addSemanticEdges } from './semanticEdges';
import { placeInNetwork } from './network';
import type { EdgeKind, GraphEdge, GraphNode, ResourceGraph } from './types';

const NESTED_STACK_TYPES = new Set(['AWS::CloudFormation::Stack', 'AWS::Serverless::Application']);

/** Builds the resource graph once per analysis; every lookup afterwards is indexed. */
export function buildGraph(template: Template): ResourceGraph {
  const nodes = new Map<string, GraphNode>();
  for (const resource of template.resources.values()) {
    nodes.set(resource.id, {
      id: resource.id,
      type: resource.type,
      resource,
      external: NESTED_STACK_TYPES.has(resource.type),
      network: { subnets: [], azs: [] },
    });
  }

  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const addEdge = (edge: GraphEdge): void => {
    if (edge.from === edge.to) return;
    if (!nodes.has(edge.from) || !nodes.has(edge.to)) return;
    const key = `${edge.from}\u0000${edge.to}\u0000${edge.kind}\u0000${edge.origin.join('\u0000')}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push(edge);
  };

  for (const resource of template.resources.values()) {
    const base = ['Resources', resource.id];
    for (const reference of collectReferences(resource.node, base)) {
      const target = nodes.get(reference.target);
      if (!target) continue;
      // Outputs of a nested stack are a dependency on another stack, drawn as such.
      const kind = NESTED_STACK_TYPES.has(target.type) ? 'nested-stack' : reference.kind;
      addEdge({ from: resource.id, to: reference.target, kind, origin: reference.path, detail: reference.attribute });
    }
    resource.dependsOn.forEach((target, index) => {
      const dependsOn = mapGet(resource.node, 'DependsOn');
      addEdge({ from: resource.id, to: target, kind: 'depends-on', origin: isSeq(dependsOn) ? [...base, 'DependsOn', index] : [...base, 'DependsOn'] });
    });
    addImportEdges(resource.node, base, resource.id, nodes, addEdge);
  }

  addSemanticEdges(template, nodes, addEdge);
  placeInNetwork(template, nodes);
  return indexGraph(nodes, edges);
}

/** `Fn::ImportValue` becomes an external node named after the export. */
function addImportEdges(
  node: CfnNode,
  path: (string | number)[],
  from: string,
  nodes: Map<string, GraphNode>,
  addEdge: (edge: GraphEdge) => void,
): void {
  if (node.kind === 'seq') node.items.forEach((item, i) => item.kind !== 'scalar' && addImportEdges(item, [...path, i], from, nodes, addEdge));
  if (node.kind !== 'map') return;
  for (const entry of node.entries) {
    if (entry.key === 'Fn::ImportValue') {
      const exportName = scalarString(entry.value) ?? importLabel(entry.value);
      const id = `Import:${exportName}`;
      if (!nodes.has(id)) nodes.set(id, { id, type: 'External::Import', external: true, network: { subnets: [], azs: [] } });
      addEdge({ from, to: id, kind: 'import', origin: path, detail: exportName });
    } else if (entry.value.kind !== 'scalar') {
      addImportEdges(entry.value, [...path, entry.key], from, nodes, addEdge);
    }
  }
}

/** A readable name for a computed export such as `!Sub ${Stack}-VpcId`. */
function importLabel(value: CfnNode): string {
  const sub = mapGet(value, 'Fn::Sub');
  const text = isSeq(sub) ? scalarString(sub.items[0]) : scalarString(sub);
  return text ?? 'computed';
}

function indexGraph(nodes: Map<string, GraphNode>, edges: GraphEdge[]): ResourceGraph {
  const outgoing = new Map<string, GraphEdge[]>();
  const incoming = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    (outgoing.get(edge.from) ?? outgoing.set(edge.from, []).get(edge.from)!).push(edge);
    (incoming.get(edge.to) ?? incoming.set(edge.to, []).get(edge.to)!).push(edge);
  }
  const filter = (list: GraphEdge[] | undefined, kind?: EdgeKind) => (list ? (kind ? list.filter((e) => e.kind === kind) : list) : []);
  return {
    nodes,
    edges,
    outgoing: (id, kind) => filter(outgoing.get(id), kind),
    incoming: (id, kind) => filter(incoming.get(id), kind),
  };
}
