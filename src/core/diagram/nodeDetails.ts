import type { MermaidDiagram } from './mermaid';
import type { DiagramFinding, DiagramModel } from './types';

/** What a renderer needs to know about a drawn node: tooltips, clicks, search. */
export interface DiagramNodeDetails {
  /** Logical id, or the summary key for summary nodes. */
  id: string;
  type: string;
  typeLabel: string;
  /** False for summary nodes and imports, which have no place in the template to reveal. */
  revealable: boolean;
  folded: string[];
  findings: DiagramFinding[];
}

/** Details keyed by Mermaid node id (`n3`). */
export function nodeDetails(model: DiagramModel, diagram: MermaidDiagram): Record<string, DiagramNodeDetails> {
  const byId = new Map(model.nodes.map((node) => [node.id, node]));
  const out: Record<string, DiagramNodeDetails> = {};
  for (const [mermaidId, id] of Object.entries(diagram.nodeIds)) {
    const node = byId.get(id);
    if (!node) continue;
    out[mermaidId] = {
      id,
      type: node.type,
      typeLabel: node.typeLabel,
      revealable: node.count === undefined && !node.id.startsWith('Import:'),
      folded: node.folded,
      findings: node.findings,
    };
  }
  return out;
}
