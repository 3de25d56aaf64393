/**
 * Golden diagrams of the 24 patterns (default options, essentials view): the groups each
 * node sits in and every edge with its kind and label. The snapshot was reviewed when it
 * was written; a change is a diff to review. Regenerate: UPDATE_GOLDEN=1 npm run test:unit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { buildDiagram, toDiagramJson } from '../../../src/core/diagram';
import { analyzeText } from '../../../src/core/lint';
import { renderPattern } from '../../../src/core/patterns/generate';
import { PATTERNS } from '../../../src/core/patterns/registry';

const GOLDEN = 'test/fixtures/patterns/diagram-golden.json';

function goldenOf(): Record<string, { nodes: string[]; edges: string[] }> {
  const out: Record<string, { nodes: string[]; edges: string[] }> = {};
  for (const pattern of PATTERNS) {
    const { template, graph, findings } = analyzeText(renderPattern(pattern, 'yaml'), { fileName: `${pattern.id}.yaml` });
    const diagram = toDiagramJson(buildDiagram(template, graph, findings, { view: 'essentials', direction: 'LR' }));
    out[pattern.id] = {
      nodes: diagram.nodes.map((n) => `${n.group.join(' / ')} :: ${n.id} [${n.type}]`).sort(),
      edges: diagram.edges.map((e) => `${e.from} -[${e.kind}: ${e.label}]-> ${e.to}`).sort(),
    };
  }
  return out;
}

test('every pattern draws its golden diagram (groups, nodes, edge kinds and labels)', () => {
  const actual = goldenOf();
  if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
  assert.ok(existsSync(GOLDEN), `${GOLDEN} is missing; run with UPDATE_GOLDEN=1`);
  assert.deepEqual(actual, JSON.parse(readFileSync(GOLDEN, 'utf8')));
  assert.equal(Object.keys(actual).length, 24);
  for (const [id, diagram] of Object.entries(actual)) if (diagram.nodes.length > 1) assert.ok(diagram.edges.length > 0, `${id} connects its parts`);
});
