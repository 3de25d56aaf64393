import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplate, type Template } from '../../../../src/core/model/template';
import { buildGraph } from '../../../../src/core/graph/buildGraph';
import type { EdgeKind, NetworkPlacement, ResourceGraph } from '../../../../src/core/graph/types';

/** Tests run with cwd = the repo root. */
export const FIXTURE_DIR = join(process.cwd(), 'test/fixtures/graph');

export function graphOf(fileName: string): { template: Template; graph: ResourceGraph } {
  const template = loadTemplate(readFileSync(join(FIXTURE_DIR, fileName), 'utf8'), { fileName });
  return { template, graph: buildGraph(template) };
}

export function graphOfText(text: string, fileName = 'inline.yaml'): ResourceGraph {
  return buildGraph(loadTemplate(text, { fileName }));
}

/** An edge as a test writes it: `[from, kind, to, origin path, detail?]`. */
export type EdgeRow = [from: string, kind: EdgeKind, to: string, origin: ReadonlyArray<string | number>, detail?: string];

/** The edges of the given kinds, in the order the graph holds them. */
export function edgeRows(graph: ResourceGraph, kinds: ReadonlyArray<EdgeKind>): EdgeRow[] {
  return graph.edges
    .filter((edge) => kinds.includes(edge.kind))
    .map((edge): EdgeRow => (edge.detail === undefined ? [edge.from, edge.kind, edge.to, [...edge.origin]] : [edge.from, edge.kind, edge.to, [...edge.origin], edge.detail]));
}

/** Placements of every node that has one, keyed by id. */
export function placements(graph: ResourceGraph): Record<string, NetworkPlacement> {
  const out: Record<string, NetworkPlacement> = {};
  for (const node of graph.nodes.values()) {
    const { vpc, subnets, tier, azs } = node.network;
    if (vpc || subnets.length > 0 || tier || azs.length > 0) out[node.id] = node.network;
  }
  return out;
}

/** Shorthand for `['Resources', id, 'Properties', ...rest]`. */
export const prop = (id: string, ...rest: Array<string | number>): Array<string | number> => ['Resources', id, 'Properties', ...rest];
export const res = (id: string): Array<string | number> => ['Resources', id];
