import type { DiagramNodeDetails } from '../../src/core/diagram/nodeDetails';
import { mermaidNodeIdFromDomId } from '../../src/shared/mermaidConfig';

export interface DecoratedNode {
  mermaidId: string;
  element: SVGGElement;
  details: DiagramNodeDetails;
}

/**
 * Marks Mermaid's node elements with what ArchLens knows about them: a data attribute, a
 * keyboard stop, an accessible name and an SVG `<title>` tooltip (so exports keep it).
 * Everything goes in as text content, never as markup.
 */
export function decorateNodes(svg: SVGSVGElement, nodes: Record<string, DiagramNodeDetails>): DecoratedNode[] {
  const out: DecoratedNode[] = [];
  // Classic shapes are `g.node`; icon shapes are `g.icon-shape`: both carry the flowchart id.
  for (const element of svg.querySelectorAll<SVGGElement>('g[id*="-flowchart-"]')) {
    const mermaidId = mermaidNodeIdFromDomId(element.id);
    const details = mermaidId ? nodes[mermaidId] : undefined;
    if (!mermaidId || !details) continue;
    element.dataset.archlensNode = mermaidId;
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', details.revealable ? 'button' : 'img');
    element.setAttribute('aria-label', `${details.id}, ${details.typeLabel}${details.findings.length ? `, ${details.findings.length} findings` : ''}`);
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = tooltipText(details);
    element.prepend(title);
    out.push({ mermaidId, element, details });
  }
  return out;
}

/** Subgraph boxes that stand for a VPC or subnet resource, by resource id. */
export function decorateGroups(svg: SVGSVGElement, groups: Record<string, string>): Array<{ element: SVGGElement; resourceId: string }> {
  const out: Array<{ element: SVGGElement; resourceId: string }> = [];
  for (const element of svg.querySelectorAll<SVGGElement>('g.cluster')) {
    const groupId = /-(g\d+)$/.exec(element.id)?.[1];
    const resourceId = groupId ? groups[groupId] : undefined;
    if (!resourceId) continue;
    element.dataset.archlensGroup = resourceId;
    out.push({ element, resourceId });
  }
  return out;
}

export function tooltipText(details: DiagramNodeDetails): string {
  const lines = [`${details.id} (${details.typeLabel})`, details.type];
  if (details.folded.length) lines.push(`Includes: ${details.folded.join(', ')}`);
  for (const finding of details.findings) {
    const where = finding.resourceId !== details.id ? ` [${finding.resourceId}]` : '';
    lines.push(`${finding.severity.toUpperCase()} ${finding.ruleId}${where}: ${finding.message}`);
  }
  return lines.join('\n');
}
