import type { Template } from '../model/template';
import type { NetworkPlacement, ResourceGraph } from '../graph/types';
import type { Finding } from '../rules/types';
import { buildDiagramEdges } from './edges';
import { findingsByResource, worstSeverity } from './findings';
import { foldGlue, lendsPlacement, type Folding } from './glue';
import { GroupPlanner } from './grouping';
import { describeType, iconFor, serviceInfo } from './serviceCatalog';
import { summarize } from './summary';
import type { DiagramModel, DiagramNode, DiagramOptions } from './types';

export const DEFAULT_SUMMARY_THRESHOLD = 300;

/** VPCs and subnets are drawn as the boxes other resources sit in, never as nodes. */
const CONTAINER_TYPES = new Set(['AWS::EC2::VPC', 'AWS::EC2::Subnet']);

/**
 * The architecture picture of a template, as data: groups, nodes and edges. Pure, so the
 * extension, the CLI and the tests draw the same diagram.
 */
export function buildDiagram(template: Template | undefined, graph: ResourceGraph, findings: readonly Finding[], options: DiagramOptions): DiagramModel {
  const folding: Folding = options.view === 'essentials' ? foldGlue(graph) : { hosts: new Map(), plumbing: new Set() };
  const visible = new Set(
    [...graph.nodes.values()]
      .filter((node) => !CONTAINER_TYPES.has(node.type) && !folding.hosts.has(node.id) && !folding.plumbing.has(node.id))
      .map((node) => node.id),
  );
  const placements = placementsWithLent(graph, folding);
  const findingsOf = findingsByResource(template, findings, options.language ?? 'en');

  const planner = new GroupPlanner(template, graph);
  planner.addNetworkSkeleton(options.view === 'all');
  const nodes: DiagramNode[] = [];
  const byId = new Map<string, DiagramNode>();
  for (const id of visible) {
    const graphNode = graph.nodes.get(id)!;
    const placement = planner.place(graphNode, placements.get(id) ?? graphNode.network);
    const info = serviceInfo(graphNode.type);
    const baseLabel = describeType(template, graphNode.type, graphNode.resource?.effectiveProperties);
    const span = placement.azCount ? ` (${placement.azCount} AZs)` : placement.subnetCount ? ` (${placement.subnetCount} subnets)` : '';
    const node: DiagramNode = {
      id,
      type: graphNode.type,
      typeLabel: baseLabel + span,
      family: info.family,
      groupPath: placement.path,
      folded: [],
      findings: [...(findingsOf.get(id) ?? [])],
    };
    const icon = iconFor(graphNode.type, baseLabel);
    if (icon) node.icon = icon;
    if (placement.azCount) node.azCount = placement.azCount;
    nodes.push(node);
    byId.set(id, node);
  }
  for (const [glue, hosts] of folding.hosts) {
    for (const host of hosts) {
      const node = byId.get(host);
      if (!node) continue;
      node.folded.push(glue);
      node.findings.push(...(findingsOf.get(glue) ?? []));
    }
  }
  for (const id of folding.plumbing) planner.foldIntoNetwork(id, graph.nodes.get(id)!.network);
  for (const node of nodes) {
    const severity = worstSeverity(node.findings);
    if (severity) node.severity = severity;
  }

  const order = new Map(nodes.map((node, index) => [node.id, index]));
  const edges = buildDiagramEdges(graph.edges, {
    representatives: (id) => (visible.has(id) ? [id] : (folding.hosts.get(id) ?? [])),
    familyOf: (id) => byId.get(id)?.family,
    typeOf: (id) => byId.get(id)?.type ?? '',
    orderOf: (id) => order.get(id) ?? Number.MAX_SAFE_INTEGER,
  });

  const model: DiagramModel = {
    view: options.view,
    requestedView: options.view,
    direction: options.direction,
    groups: planner.finish(options.view === 'all'),
    nodes,
    edges,
  };
  const threshold = options.summaryThreshold ?? DEFAULT_SUMMARY_THRESHOLD;
  return nodes.length > threshold ? summarize(model, threshold) : model;
}

/**
 * Network placement per resource, where folded glue lends its own to a host that has none:
 * an EFS file system sits where its mount targets are, a database where its subnet group is.
 */
function placementsWithLent(graph: ResourceGraph, folding: Folding): Map<string, NetworkPlacement> {
  const lent = new Map<string, NetworkPlacement>();
  for (const [glue, hosts] of folding.hosts) {
    const glueNode = graph.nodes.get(glue);
    if (!glueNode || !lendsPlacement(glueNode.type)) continue;
    const from = glueNode.network;
    if (!from.vpc && from.subnets.length === 0) continue;
    for (const host of hosts) {
      const own = graph.nodes.get(host)?.network;
      if (!own || own.vpc || own.subnets.length > 0) continue;
      const current = lent.get(host) ?? { subnets: [], azs: [] };
      lent.set(host, {
        vpc: current.vpc ?? from.vpc,
        tier: current.tier ?? from.tier,
        subnets: [...new Set([...current.subnets, ...from.subnets])],
        azs: [...new Set([...current.azs, ...from.azs])],
      });
    }
  }
  return lent;
}
