// Large hostile inputs, in a file of their own (node:test gives each file its own process),
// so their memory does not weigh on the small cases of badInput.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTemplate } from '../../../src/core/model/template';
import { analyzeText } from '../../../src/core/lint';

test('a 20 MB file is refused above the default limit, at once, with the size in the message', () => {
  const line = '# padding padding padding padding padding padding padding padding padding\n';
  const text = "AWSTemplateFormatVersion: '2010-09-09'\n" + line.repeat(Math.ceil((20 * 1024 * 1024) / line.length));
  const template = loadTemplate(text, { fileName: 'huge.yaml' });
  assert.deepEqual(template.source.problems.map((p) => p.code), ['too-large']);
  assert.match(template.source.problems[0].message, /^The file is 20\.0 MB, over the 5\.0 MB limit/);
  assert.equal(template.isTemplate, true, 'still recognised, so the user sees why nothing is checked');
});

test('500 resources of unknown types parse, graph and lint without findings or errors', () => {
  const lines = ["AWSTemplateFormatVersion: '2010-09-09'", 'Resources:'];
  for (let i = 0; i < 500; i++) lines.push(`  Thing${i}:`, `    Type: Vendor::Unknown::Type${i % 7}`, '    Properties:', `      Peer: !Ref Thing${(i + 1) % 500}`);
  const analysis = analyzeText(lines.join('\n') + '\n', { format: 'yaml' });
  assert.deepEqual(analysis.template.source.problems, []);
  assert.equal(analysis.template.resources.size, 500);
  assert.equal(analysis.graph.edges.length, 500);
  assert.deepEqual(analysis.findings, []);
});
