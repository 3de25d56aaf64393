import type { DiagramFinding, DiagramGroup, DiagramModel } from './types';

export interface DiagramJson {
  view: DiagramModel['view'];
  requestedView: DiagramModel['requestedView'];
  direction: DiagramModel['direction'];
  notice?: string;
  /** Depth first, parents before children. */
  groups: Array<{ key: string; path: string[]; kind: DiagramGroup['kind']; label: string; resourceId?: string; folded?: string[] }>;
  nodes: Array<{
    id: string;
    type: string;
    label: string;
    group: string[];
    azs?: number;
    count?: number;
    folded?: string[];
    findings: DiagramFinding[];
  }>;
  edges: Array<{ from: string; to: string; kind: string; label: string; count: number }>;
}

/** The diagram as plain data, for `archlens diagram --format json` and the golden tests. */
export function toDiagramJson(model: DiagramModel): DiagramJson {
  const groups: DiagramJson['groups'] = [];
  const visit = (group: DiagramGroup) => {
    groups.push({
      key: group.key,
      path: group.path,
      kind: group.kind,
      label: group.label,
      ...(group.resourceId ? { resourceId: group.resourceId } : {}),
      ...(group.folded.length ? { folded: group.folded } : {}),
    });
    group.children.forEach(visit);
  };
  model.groups.forEach(visit);
  return {
    view: model.view,
    requestedView: model.requestedView,
    direction: model.direction,
    ...(model.notice ? { notice: model.notice } : {}),
    groups,
    nodes: model.nodes.map((node) => ({
      id: node.id,
      type: node.type,
      label: node.typeLabel,
      group: node.groupPath,
      ...(node.azCount ? { azs: node.azCount } : {}),
      ...(node.count !== undefined ? { count: node.count } : {}),
      ...(node.folded.length ? { folded: node.folded } : {}),
      findings: node.findings,
    })),
    edges: model.edges.map((edge) => ({ from: edge.from, to: edge.to, kind: edge.kind, label: edge.label, count: edge.count })),
  };
}
