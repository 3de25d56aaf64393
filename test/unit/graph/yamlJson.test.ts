import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplate } from '../../../src/core/model/template';
import { toPlain } from '../../../src/core/parse/nodes';
import { FIXTURE_DIR, graphOf, graphOfText, placements } from './support/graphFixtures';
import type { ResourceGraph } from '../../../src/core/graph/types';

/** Everything a graph says, without node identities: edges and placements. */
function summary(graph: ResourceGraph) {
  return { edges: graph.edges, placements: placements(graph), nodes: [...graph.nodes.keys()] };
}

test('the JSON form of the three-tier VPC gives the same graph as the YAML form', () => {
  const yaml = graphOf('three-tier-vpc.yaml').graph;
  const json = graphOf('three-tier-vpc.json').graph;
  assert.ok(yaml.edges.length > 40);
  assert.deepEqual(summary(json), summary(yaml));
});

// Every YAML fixture, rewritten as JSON (short-form tags become their long form), must give
// the same edges with the same origins and details, and the same placements.
for (const name of readdirSync(FIXTURE_DIR).filter((file) => file.endsWith('.yaml'))) {
  test(`JSON form equals YAML form: ${name}`, () => {
    const template = loadTemplate(readFileSync(join(FIXTURE_DIR, name), 'utf8'), { fileName: name });
    const json = JSON.stringify(toPlain(template.root), null, 2);
    assert.deepEqual(summary(graphOfText(json, name.replace(/\.yaml$/, '.json'))), summary(graphOf(name).graph));
  });
}
