import { buildDiagram, toMermaid } from '../../core/diagram';
import { nodeDetails } from '../../core/diagram/nodeDetails';
import type { Analysis } from '../../core/lint';
import type { Language } from '../../core/rules/types';
import type { DiagramDirection, DiagramView, ExtensionToWebview } from '../../shared/diagramProtocol';

export interface DiagramRequest {
  analysis: Analysis;
  documentUri: string;
  title: string;
  view: DiagramView;
  direction: DiagramDirection;
  generation: number;
  language: Language;
  highlight?: string;
}

/**
 * What the panel shows for one analysis: the diagram, or a banner over the last good
 * picture when the text does not parse, or a note when it is not a template at all.
 */
export function diagramContent(request: DiagramRequest): ExtensionToWebview {
  const { template, graph, findings } = request.analysis;
  const fatal = template.source.problems.find((problem) => problem.fatal);
  if (fatal) {
    const { line, character } = template.source.lines.positionAt(fatal.span.start);
    return { type: 'problem', message: `${request.title}:${line + 1}:${character + 1}: ${fatal.message}` };
  }
  if (!template.isTemplate) return { type: 'empty', message: `${request.title} is not a CloudFormation or SAM template.` };
  const model = buildDiagram(template, graph, findings, { view: request.view, direction: request.direction, language: request.language });
  const diagram = toMermaid(model, { icons: true });
  return {
    type: 'diagram',
    generation: request.generation,
    documentUri: request.documentUri,
    title: request.title,
    mermaid: diagram.text,
    nodes: nodeDetails(model, diagram),
    groups: diagram.groupIds,
    view: model.view,
    requestedView: request.view,
    direction: request.direction,
    ...(model.notice ? { notice: model.notice } : {}),
    ...(request.highlight ? { highlight: request.highlight } : {}),
  };
}

/** Mermaid text for Markdown and the clipboard: no icon pack, so GitHub can render it. */
export function portableMermaid(analysis: Analysis, view: DiagramView, direction: DiagramDirection): string | undefined {
  const { template, graph, findings } = analysis;
  if (!template.isTemplate || template.source.hasFatalProblem) return undefined;
  return toMermaid(buildDiagram(template, graph, findings, { view, direction })).text;
}

export function markdownBlock(mermaid: string): string {
  return `\`\`\`mermaid\n${mermaid.endsWith('\n') ? mermaid : `${mermaid}\n`}\`\`\`\n`;
}
