import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findExcessiveNesting } from '../../../src/core/parse/nestingDepth';
import { parseSource } from '../../../src/core/parse/parseTemplate';
import { templateFiles } from '../../support/files';

const flow = (depth: number) => 'Resources: ' + '['.repeat(depth) + ']'.repeat(depth) + '\n';
const block = (depth: number) => Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
const compact = (depth: number) => 'Resources:\n  A: ' + '\n    ' + '- '.repeat(depth) + 'x\n';

test('flow brackets, block indentation and compact sequences each count as levels', () => {
  for (const make of [flow, block, compact]) {
    assert.equal(findExcessiveNesting(make(100), 512), -1, `${make.name} 100 deep`);
    assert.ok(findExcessiveNesting(make(600), 512) >= 0, `${make.name} 600 deep`);
  }
  assert.equal(findExcessiveNesting(flow(600), 512), 'Resources: '.length + 511, 'points at the bracket that passes the limit');
});

test('closing brackets and dedents give the levels back', () => {
  const siblings = Array.from({ length: 50 }, () => '[[[[[[[[[[]]]]]]]]]]').join(', ');
  assert.equal(findExcessiveNesting(`A: [${siblings}]\n`, 20), -1);
  const staircase = Array.from({ length: 40 }, (_, i) => `${' '.repeat((i % 10) * 2)}k${i}:`).join('\n') + ' 1\n';
  assert.equal(findExcessiveNesting(staircase, 12), -1);
});

test('no corpus or fixture template comes near the limit', () => {
  const deepest = templateFiles()
    .map((file) => ({ file, at: findExcessiveNesting(readFileSync(file, 'utf8'), 64) }))
    .filter((entry) => entry.at >= 0);
  assert.deepEqual(deepest, []);
});

test('a text nested past twice the depth budget is refused before parsing, with its position', () => {
  const text = flow(10_000);
  const parsed = parseSource(text, { format: 'yaml' });
  assert.equal(parsed.root, undefined);
  assert.deepEqual(
    parsed.problems.map((p) => [p.code, p.fatal, p.span.start, p.message]),
    [['too-deep', true, 'Resources: '.length + 511, 'The file nests deeper than 512 levels; it was not analysed.']],
  );
  // Within the scan's limit, the tree is cut at the depth budget instead.
  assert.deepEqual(parseSource(flow(300), { format: 'yaml' }).problems.map((p) => [p.code, p.message]), [['too-deep', 'Nesting deeper than 256 levels was cut off.']]);
});
