import { buildDiagram } from '../../src/core/diagram/buildDiagram';
import { toMermaid } from '../../src/core/diagram/mermaid';
import type { ResourceGraph } from '../../src/core/graph/types';
import type { Template } from '../../src/core/model/template';
import type { Finding } from '../../src/core/rules/types';

/** The diagram phase of the benchmark and the fuzzer: Mermaid text for the default view. */
export function buildDiagramText(template: Template, graph: ResourceGraph, findings: Finding[]): string {
  return toMermaid(buildDiagram(template, graph, findings, { view: 'essentials', direction: 'LR' })).text;
}
