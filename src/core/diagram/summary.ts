import { serviceInfo } from './serviceCatalog';
import type { DiagramEdge, DiagramGroup, DiagramModel, DiagramNode } from './types';
import { worstSeverity } from './findings';

/**
 * One node per service in each top-level group, for templates too large to draw resource
 * by resource. Edges between services are merged by kind, counting the links they stand for.
 */
export function summarize(model: DiagramModel, threshold: number): DiagramModel {
  const summaryOf = new Map<string, string>();
  const nodes = new Map<string, DiagramNode>();
  const groups = new Map<string, DiagramGroup>();
  for (const node of model.nodes) {
    const top = node.groupPath[0];
    const key = `${serviceInfo(node.type).name}@${top}`;
    summaryOf.set(node.id, key);
    let summary = nodes.get(key);
    if (!summary) {
      const source = model.groups.find((group) => group.key === top);
      let group = groups.get(top);
      if (!group) {
        group = { key: top, path: [top], kind: source?.kind ?? 'regional', label: source?.label ?? top, children: [], nodeIds: [], folded: [] };
        groups.set(top, group);
      }
      group.nodeIds.push(key);
      summary = { id: key, type: node.type, typeLabel: serviceInfo(node.type).name, family: node.family, groupPath: [top], folded: [], findings: [], count: 0 };
      if (node.icon) summary.icon = node.icon;
      nodes.set(key, summary);
    }
    summary.count = (summary.count ?? 0) + 1;
    summary.findings.push(...node.findings);
  }
  for (const node of nodes.values()) {
    const severity = worstSeverity(node.findings);
    if (severity) node.severity = severity;
  }

  const edges = new Map<string, DiagramEdge>();
  for (const edge of model.edges) {
    const from = summaryOf.get(edge.from);
    const to = summaryOf.get(edge.to);
    if (!from || !to || from === to) continue;
    const key = `${from}\u0000${to}\u0000${edge.kind}`;
    const existing = edges.get(key);
    if (existing) existing.count += edge.count;
    else edges.set(key, { ...edge, from, to });
  }

  const order = model.groups.map((group) => group.key);
  return {
    view: 'summary',
    requestedView: model.requestedView,
    direction: model.direction,
    groups: [...groups.values()].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)),
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    notice: `This view has ${model.nodes.length} resources, more than ${threshold}: showing one box per service instead.`,
  };
}
