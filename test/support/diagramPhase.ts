import type { ResourceGraph } from '../../src/core/graph/types';
import type { Template } from '../../src/core/model/template';
import type { Finding } from '../../src/core/rules/types';

/** The diagram phase of the benchmark: Mermaid text for the default view. */
export function buildDiagramText(_template: Template, _graph: ResourceGraph, _findings: Finding[]): string {
  return '';
}
