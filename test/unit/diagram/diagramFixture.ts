import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDiagram, toDiagramJson, toMermaid, type DiagramJson, type DiagramOptions } from '../../../src/core/diagram';
import { analyzeText } from '../../../src/core/lint';

export const FIXTURES = resolve(process.cwd(), 'test/fixtures/diagram');

export function fixtureText(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

/** The diagram of a fixture through the same path as `archlens diagram`. */
export function diagramOf(name: string, options: Partial<DiagramOptions> = {}) {
  const { template, graph, findings } = analyzeText(fixtureText(name), { fileName: name });
  const model = buildDiagram(template, graph, findings, { view: 'essentials', direction: 'LR', ...options });
  return { model, json: toDiagramJson(model), mermaid: toMermaid(model), icons: toMermaid(model, { icons: true }) };
}

/** Compact forms for exact comparisons. */
export const groupsOf = (json: DiagramJson) => json.groups.map((group) => [group.key, group.label]);
export const nodesOf = (json: DiagramJson) => json.nodes.map((node) => [node.id, node.label, node.group.join(' › ')]);
export const edgesOf = (json: DiagramJson) => json.edges.map((edge) => [edge.from, edge.kind, edge.label, edge.to]);
