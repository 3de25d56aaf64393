/** The diagram engine: template + graph + findings → model → Mermaid text or JSON. */
export { buildDiagram, DEFAULT_SUMMARY_THRESHOLD } from './buildDiagram';
export { toMermaid, type MermaidDiagram, type MermaidOptions } from './mermaid';
export { toDiagramJson, type DiagramJson } from './json';
export { resourceAt } from './resourceAt';
export { mermaidText } from './escape';
export type * from './types';
