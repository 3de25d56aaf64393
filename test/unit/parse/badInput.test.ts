import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSource } from '../../../src/core/parse/parseTemplate';
import { loadTemplate } from '../../../src/core/model/template';
import { mapGet, toPlain } from '../../../src/core/parse/nodes';

const problemsOf = (text: string, options = {}) => parseSource(text, options).problems.map((p) => ({ code: p.code, fatal: p.fatal, start: p.span.start }));

test('YAML syntax errors come back as fatal problems with their position', () => {
  const text = 'Resources:\n  A:\n    Type: [unclosed\n';
  const problems = parseSource(text, { format: 'yaml' }).problems;
  assert.ok(problems.length > 0);
  assert.ok(problems.every((p) => p.fatal && p.code === 'syntax'));
  assert.ok(problems[0].span.start >= text.indexOf('['), 'points into the broken value');
});

test('duplicate keys are reported at the second key and are not fatal', () => {
  const text = 'Resources:\n  A: {Type: AWS::SNS::Topic}\n  A: {Type: AWS::SQS::Queue}\n';
  assert.deepEqual(problemsOf(text, { format: 'yaml' }), [{ code: 'duplicate-key', fatal: false, start: text.lastIndexOf('A:') }]);
});

test('invalid JSON reports the JSON error at its offset, and comments get a hint', () => {
  const text = '{\n  "Resources": {\n    // a comment\n  }\n}\n';
  const parsed = parseSource(text, { fileName: 't.json' });
  assert.equal(parsed.problems[0].code, 'syntax');
  assert.equal(parsed.problems[0].span.start, text.indexOf('//'));
  assert.match(parsed.problems[0].message, /cannot contain comments/);
  assert.equal(parsed.hasFatalProblem, true);
});

test('a billion-laughs alias bomb is stopped by the budget, quickly', () => {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  const parsed = parseSource(lines.join('\n') + '\n', { format: 'yaml' });
  assert.deepEqual(parsed.problems.map((p) => p.code), ['alias-budget']);
  assert.equal(parsed.hasFatalProblem, true);
});

test('small aliases expand normally', () => {
  const parsed = parseSource('base: &tags [a, b]\ncopy: *tags\n', { format: 'yaml' });
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(toPlain(mapGet(parsed.root, 'copy')), ['a', 'b']);
});

test('texts over the size limit are refused with a clear message', () => {
  const parsed = parseSource('x'.repeat(2048), { maxChars: 1024 });
  assert.deepEqual(parsed.problems.map((p) => p.code), ['too-large']);
  assert.match(parsed.problems[0].message, /over the 1 KB limit/);
  assert.equal(parsed.root, undefined);
});

test('10,000-deep nesting does not throw or hang', () => {
  const deep = 'Resources: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n';
  const parsed = parseSource(deep, { format: 'yaml' });
  assert.deepEqual(parsed.problems.map((p) => [p.code, p.fatal]), [['too-deep', true]]);
  const template = loadTemplate(deep, { format: 'yaml' });
  assert.equal(template.resources.size, 0);
});

test('multi-document YAML is a fatal problem naming the cause', () => {
  assert.deepEqual(problemsOf('a: 1\n---\nb: 2\n', { format: 'yaml' }).map((p) => p.code), ['multiple-documents']);
});

test('tabs used as indentation are reported', () => {
  const problems = parseSource('Resources:\n\tA: 1\n', { format: 'yaml' }).problems;
  assert.ok(problems.some((p) => p.fatal));
});

test('a BOM and CRLF line endings parse, with positions on the right lines', () => {
  const text = '\uFEFFAWSTemplateFormatVersion: "2010-09-09"\r\nResources:\r\n  Topic:\r\n    Type: AWS::SNS::Topic\r\n';
  const template = loadTemplate(text, { format: 'yaml' });
  assert.deepEqual(template.source.problems, []);
  const type = mapGet(template.resources.get('Topic')!.node, 'Type')!;
  assert.deepEqual(template.source.lines.positionAt(type.span.start), { line: 3, character: 10 });
  assert.deepEqual(template.source.lines.positionAt(type.span.end), { line: 3, character: 25 });
});

test('invalid UTF-8 (replacement characters) and random unicode do not throw', () => {
  const text = 'Resources:\n  A\uFFFD\uD800: {Type: "AWS::SNS::Topic\u0000"}\n  😀: {Type: AWS::SQS::Queue}\n';
  const template = loadTemplate(text, { format: 'yaml' });
  assert.equal(template.resources.size, 2);
});

test('a JSON template parses to the same tree as its YAML twin', () => {
  const yaml = loadTemplate('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: {DelaySeconds: 5}\n', { format: 'yaml' });
  const json = loadTemplate('{"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"DelaySeconds": 5}}}}', { format: 'json' });
  assert.deepEqual(toPlain(json.root), toPlain(yaml.root));
});
